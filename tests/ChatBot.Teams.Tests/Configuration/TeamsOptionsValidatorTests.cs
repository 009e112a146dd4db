using ChatBot.Teams.Configuration;

namespace ChatBot.Teams.Tests.Configuration;

public sealed class TeamsOptionsValidatorTests
{
    private readonly TeamsOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeed() => Assert.True(_validator.Validate(null, new TeamsOptions()).Succeeded);

    [Fact]
    public void Validate_FullBotConfiguration_Succeeds() =>
        Assert.True(_validator.Validate(null, new TeamsOptions
        {
            AppId = TestTokens.AppId,
            AppPassword = "pw",
            TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            AcceptTenantIssuer = true,
            WebhookSecret = WebhookSigner.Secret + "," + WebhookSigner.Secret,
        }).Succeeded);

    [Theory]
    [InlineData("OpenIdMetadataUrl", "http://login.example/meta", "TEAMS_OPENID_METADATA_URL")]
    [InlineData("AuthorityHost", "http://127.0.0.1:5000", "TEAMS_AUTHORITY_HOST")]
    [InlineData("TokenEndpoint", "not a url", "TEAMS_TOKEN_ENDPOINT")]
    [InlineData("TenantId", "contoso", "TEAMS_TENANT_ID")]
    [InlineData("Issuers", " , ", "TEAMS_ISSUERS")]
    [InlineData("TenantOpenIdMetadataUrl", "ftp://x.example/meta", "Teams:TenantOpenIdMetadataUrl")]
    public void Validate_BadSetting_NamesTheVariable(string property, string value, string variable)
    {
        var options = new TeamsOptions();
        typeof(TeamsOptions).GetProperty(property)!.SetValue(options, value);

        var result = _validator.Validate(null, options);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Failures!, f => f.StartsWith(variable, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Failures!, f => f.Contains(value.Trim(), StringComparison.Ordinal) && value.Trim().Length > 1);
    }

    [Fact]
    public void Validate_HttpMetadataOnLoopback_Allowed() =>
        Assert.True(_validator.Validate(null, new TeamsOptions { OpenIdMetadataUrl = "http://127.0.0.1:5000/meta" }).Succeeded);

    [Fact]
    public void Validate_TenantIssuerWithoutTenant_Fails() =>
        Assert.False(_validator.Validate(null, new TeamsOptions { AcceptTenantIssuer = true }).Succeeded);
}
