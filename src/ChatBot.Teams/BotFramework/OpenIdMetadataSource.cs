using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ChatBot.Teams.BotFramework;

/// <summary>
/// One OpenID metadata document and its signing keys, cached by IdentityModel's <see cref="ConfigurationManager{T}"/>
/// (refreshed every 12 hours, within the Bot Framework's 24-hour rule). A token naming an unknown key forces a fresh
/// download at most once per <see cref="ForcedRefreshInterval"/>, so forged key ids cannot hammer the metadata host.
/// </summary>
internal sealed class OpenIdMetadataSource(string url, HttpClient http, TimeProvider time)
{
    public static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);
    private readonly Lock _gate = new();
    private ConfigurationManager<OpenIdConnectConfiguration> _manager = Create(url, http);
    private DateTimeOffset? _lastForcedRefresh;

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken ct) => Volatile.Read(ref _manager).GetConfigurationAsync(ct);

    /// <summary>Fresh keys, or null when a forced refresh happened too recently.</summary>
    public async Task<OpenIdConnectConfiguration?> RefreshAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_lastForcedRefresh is { } last && now - last < ForcedRefreshInterval)
            {
                return null;
            }

            _lastForcedRefresh = now;
            // ConfigurationManager refreshes an existing configuration in the background; a new one must download
            // before it answers, which is what the request holding the unknown key id needs.
            Volatile.Write(ref _manager, Create(url, http));
        }

        return await GetAsync(ct);
    }

    private static ConfigurationManager<OpenIdConnectConfiguration> Create(string url, HttpClient http) =>
        new(url, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(http)
        {
            // http only for a loopback fake; Microsoft's documents are https.
            RequireHttps = !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback),
        });
}
