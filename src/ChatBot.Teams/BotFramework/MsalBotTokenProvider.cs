using ChatBot.Teams.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace ChatBot.Teams.BotFramework;

/// <summary>
/// Gets the Connector token with MSAL's client-credentials flow from the tenant's authority (botframework.com for
/// multi-tenant bots). MSAL keeps the token in its in-memory cache and fetches a new one shortly before it expires.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";
    private readonly IConfidentialClientApplication _app;

    public MsalBotTokenProvider(IOptions<TeamsOptions> options, MsalHttpClientFactory httpClients)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _app = ConfidentialClientApplicationBuilder.Create(settings.AppId)
            .WithClientSecret(settings.AppPassword)
            .WithAuthority(settings.GetAuthority(), validateAuthority: false)
            // Instance discovery would call Microsoft's discovery endpoint; the authority is known and fixed.
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClients)
            .Build();
    }

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        var result = await _app.AcquireTokenForClient([Scope]).ExecuteAsync(ct);
        return result.AccessToken;
    }
}
