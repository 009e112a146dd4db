namespace ChatBot.Discord.Models;

/// <summary>Which mentions in a message may ping. The bot always sends an empty <see cref="Parse"/> list.</summary>
public sealed record AllowedMentions
{
    public IReadOnlyList<string> Parse { get; init; } = [];
    public bool? RepliedUser { get; init; }

    /// <summary>Suppresses every ping, including the author of a replied-to message.</summary>
    public static AllowedMentions None { get; } = new();
}
