using ChatBot.Teams.BotFramework;
using ChatBot.Teams.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace ChatBot.Teams.Tests.BotFramework;

public sealed class MsalBotTokenProviderTests : IAsyncLifetime
{
    private FakeMicrosoftCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await FakeMicrosoftCloud.StartAsync();

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task GetTokenAsync_TwiceWithLongLivedToken_AsksTheTokenEndpointOnce()
    {
        using var http = Factory();
        var provider = new MsalBotTokenProvider(Options.Create(Settings()), http);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("connector-token-1", first);
        Assert.Equal(first, second);
        Assert.Equal(1, _cloud.TokenRequests);
        Assert.Equal("client_credentials", _cloud.LastTokenForm!["grant_type"]);
        Assert.Equal("test-password", _cloud.LastTokenForm["client_secret"]);
    }

    [Fact]
    public async Task GetTokenAsync_TokenExpiringWithinMinutes_FetchesAFreshOne()
    {
        _cloud.TokenExpiresInSeconds = 120;
        using var http = Factory();
        var provider = new MsalBotTokenProvider(Options.Create(Settings()), http);

        await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("connector-token-2", second);
    }

    [Fact]
    public async Task GetTokenAsync_EndpointRefuses_ThrowsMsalError()
    {
        _cloud.ScriptToken(new ScriptedResponse(401, Body: """{"error":"invalid_client","error_description":"bad secret"}"""));
        using var http = Factory();
        var provider = new MsalBotTokenProvider(Options.Create(Settings()), http);

        await Assert.ThrowsAnyAsync<MsalException>(() => provider.GetTokenAsync(CancellationToken.None));
    }

    private MsalHttpClientFactory Factory() => new(Options.Create(Settings()));

    private TeamsOptions Settings() => new() { AppId = TestTokens.AppId, AppPassword = "test-password", TokenEndpoint = _cloud.TokenEndpoint };
}
