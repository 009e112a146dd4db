namespace ChatBot.Discord.Models;

/// <summary>Entities referenced by an interaction, keyed by snowflake.</summary>
public sealed record InteractionResolvedData
{
    public IReadOnlyDictionary<string, Message>? Messages { get; init; }
    public IReadOnlyDictionary<string, User>? Users { get; init; }
    public IReadOnlyDictionary<string, Attachment>? Attachments { get; init; }
}
