namespace ChatBot.Discord.Models;

/// <summary>A rich embed. Limits are enforced by <see cref="Interactions.DiscordMessageLimits"/>.</summary>
public sealed record Embed
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public int? Color { get; init; }
    public IReadOnlyList<EmbedField>? Fields { get; init; }
    public EmbedFooter? Footer { get; init; }
}
