using ChatBot.Teams.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace ChatBot.Teams.BotFramework;

/// <summary>
/// The HttpClient MSAL sends through. MSAL refuses http:// authorities, so a configured token endpoint (a loopback fake,
/// or a proxy) is reached by rewriting MSAL's requests here while the authority stays Microsoft's https one.
/// </summary>
public sealed class MsalHttpClientFactory(IOptions<TeamsOptions> options) : IMsalHttpClientFactory, IDisposable
{
    private readonly Lazy<HttpClient> _client = new(() => Create(options.Value.TokenEndpoint));

    public HttpClient GetHttpClient() => _client.Value;

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }

    private static HttpClient Create(string? tokenEndpoint)
    {
        var sockets = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        HttpMessageHandler handler = string.IsNullOrEmpty(tokenEndpoint) ? sockets : new TokenEndpointRedirectHandler(new Uri(tokenEndpoint)) { InnerHandler = sockets };
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }
}
