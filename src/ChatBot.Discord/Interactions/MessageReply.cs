using ChatBot.Discord.Models;

namespace ChatBot.Discord.Interactions;

/// <summary>A reply to a channel message; it is sent as a Discord reply with all pings suppressed.</summary>
public sealed record MessageReply(string? Content, IReadOnlyList<Embed>? Embeds = null, IReadOnlyList<Component>? Components = null);
