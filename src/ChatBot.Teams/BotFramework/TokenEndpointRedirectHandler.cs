namespace ChatBot.Teams.BotFramework;

/// <summary>Sends MSAL's token request to the configured endpoint and anything else MSAL asks for to the same host.</summary>
internal sealed class TokenEndpointRedirectHandler(Uri tokenEndpoint) : DelegatingHandler
{
    private const string TokenPath = "/oauth2/v2.0/token";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri)
        {
            request.RequestUri = uri.AbsolutePath.EndsWith(TokenPath, StringComparison.OrdinalIgnoreCase)
                ? tokenEndpoint
                : new UriBuilder(uri) { Scheme = tokenEndpoint.Scheme, Host = tokenEndpoint.Host, Port = tokenEndpoint.Port }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
