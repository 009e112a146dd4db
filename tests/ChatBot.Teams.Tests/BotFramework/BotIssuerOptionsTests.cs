using System.Net;
using ChatBot.Teams.Configuration;

namespace ChatBot.Teams.Tests.BotFramework;

public sealed class BotIssuerOptionsTests : IAsyncLifetime
{
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string EmulatorIssuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    private FakeMicrosoftCloud _cloud = null!;
    private TestSigningKey _key = null!;

    public async Task InitializeAsync()
    {
        _cloud = await FakeMicrosoftCloud.StartAsync();
        _key = new TestSigningKey("key-1", "msteams");
        _cloud.Keys.Add(_key);
    }

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Theory]
    [InlineData(false, HttpStatusCode.Unauthorized)]
    [InlineData(true, HttpStatusCode.OK)]
    public async Task Post_TenantIssuedToken_AcceptedOnlyWhenEnabled(bool enabled, HttpStatusCode expected)
    {
        await using var host = await BotHost.StartAsync(_cloud, settings =>
        {
            settings[TeamsEnvironmentVariables.TenantId] = TenantId;
            settings[TeamsEnvironmentVariables.AcceptTenantIssuer] = enabled ? "true" : "false";
            settings["Teams:TenantOpenIdMetadataUrl"] = _cloud.MetadataUrl;
        });
        var token = TestTokens.Create(_key, _cloud.ServiceUrl, host.Time.GetUtcNow(), issuer: $"https://sts.windows.net/{TenantId}/");

        using var response = await host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "help"), token);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenFromAnotherTenant_RefusedEvenWhenTenantIssuerEnabled()
    {
        await using var host = await BotHost.StartAsync(_cloud, settings =>
        {
            settings[TeamsEnvironmentVariables.TenantId] = TenantId;
            settings[TeamsEnvironmentVariables.AcceptTenantIssuer] = "true";
            settings["Teams:TenantOpenIdMetadataUrl"] = _cloud.MetadataUrl;
        });
        var token = TestTokens.Create(_key, _cloud.ServiceUrl, host.Time.GetUtcNow(), issuer: "https://sts.windows.net/00000000-0000-0000-0000-000000000001/");

        using var response = await host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "help"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(false, HttpStatusCode.Unauthorized)]
    [InlineData(true, HttpStatusCode.OK)]
    public async Task Post_EmulatorToken_AcceptedOnlyWhenEnabled(bool enabled, HttpStatusCode expected)
    {
        await using var host = await BotHost.StartAsync(_cloud, settings =>
        {
            settings[TeamsEnvironmentVariables.AllowEmulator] = enabled ? "true" : "false";
            settings["Teams:EmulatorOpenIdMetadataUrl"] = _cloud.MetadataUrl;
        });
        var token = TestTokens.Create(_key, _cloud.ServiceUrl, host.Time.GetUtcNow(), issuer: EmulatorIssuer);

        using var response = await host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "help"), token);

        Assert.Equal(expected, response.StatusCode);
    }
}
