namespace ChatBot.Discord.Models;

/// <summary>Makes a created message a reply to another message.</summary>
public sealed record MessageReference
{
    public string MessageId { get; init; } = "";
    public string? ChannelId { get; init; }
    public string? GuildId { get; init; }
    public bool? FailIfNotExists { get; init; }
}
