namespace ChatBot.Discord.Models;

/// <summary>Discord's JSON error body; on 429 it also carries <see cref="RetryAfter"/> (seconds) and <see cref="Global"/>.</summary>
public sealed record DiscordErrorResponse
{
    public string? Message { get; init; }
    public int? Code { get; init; }
    public double? RetryAfter { get; init; }
    public bool? Global { get; init; }
}
