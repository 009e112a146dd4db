namespace ChatBot.Discord.Gateway;

/// <summary>Builds gateway URLs with the protocol query every connection needs.</summary>
internal static class GatewayUrl
{
    /// <summary>Version 10, JSON encoding, no transport compression (keeps ClientWebSocket handling simple).</summary>
    public static Uri WithProtocol(string url) =>
        new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
