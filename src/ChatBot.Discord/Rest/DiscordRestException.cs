using System.Net;

namespace ChatBot.Discord.Rest;

/// <summary>A Discord REST call failed; carries Discord's JSON error code, never the request URL (it may hold a token).</summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException()
    {
    }

    public DiscordRestException(string message)
        : base(message)
    {
    }

    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordRestException(HttpStatusCode statusCode, int? errorCode, string routeTemplate, string? discordMessage)
        : base($"Discord returned {(int)statusCode} for {routeTemplate} (code {errorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}): {discordMessage}")
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public HttpStatusCode? StatusCode { get; }

    public int? ErrorCode { get; }
}
