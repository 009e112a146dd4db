namespace ChatBot.Discord.Models;

/// <summary>A channel message as delivered by MESSAGE_CREATE or inside an interaction.</summary>
public sealed record Message
{
    public string Id { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string? GuildId { get; init; }
    public User? Author { get; init; }
    public string? Content { get; init; }
    public IReadOnlyList<User>? Mentions { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public Message? ReferencedMessage { get; init; }
}
