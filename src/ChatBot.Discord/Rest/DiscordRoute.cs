namespace ChatBot.Discord.Rest;

/// <summary>
/// One REST call: <see cref="Template"/> (placeholders only, safe to log) identifies the route for rate limiting,
/// <see cref="MajorParameter"/> the top-level resource Discord keys limits by, <see cref="Path"/> the concrete path.
/// </summary>
public sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string MajorParameter, bool ExemptFromGlobalLimit = false)
{
    /// <summary>Fallback limiter key used until Discord names the route's bucket.</summary>
    internal string RouteKey => $"{Method} {Template} {MajorParameter}";
}
