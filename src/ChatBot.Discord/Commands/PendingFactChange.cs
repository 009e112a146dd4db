using ChatBot.Core.Knowledge.Editing;
using ChatBot.Discord.Moderation;

namespace ChatBot.Discord.Commands;

/// <summary>A previewed change waiting for its moderator's Confirm: what to apply, from which version, and until when.</summary>
public sealed record PendingFactChange(
    KnowledgeChangeAction Action,
    string? FactId,
    string? BaseVersion,
    string? Yaml,
    string? Reason,
    string UserId,
    DateTimeOffset Expires) : IModeratorOwned;
