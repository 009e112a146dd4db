using System.Text.Json.Serialization;

namespace ChatBot.Discord.Models;

/// <summary>An interaction received over HTTP or the gateway. Snowflakes stay strings.</summary>
public sealed record Interaction
{
    public string Id { get; init; } = "";
    public string ApplicationId { get; init; } = "";
    public InteractionType Type { get; init; }
    public InteractionData? Data { get; init; }
    public string? GuildId { get; init; }
    public string? ChannelId { get; init; }
    public GuildMember? Member { get; init; }
    public User? User { get; init; }
    public string Token { get; init; } = "";
    public int Version { get; init; }
    public string? Locale { get; init; }
    public string? GuildLocale { get; init; }
    public Message? Message { get; init; }

    /// <summary>The invoking user: <c>member.user</c> in guilds, <c>user</c> in DMs.</summary>
    [JsonIgnore]
    public User? InvokingUser => Member?.User ?? User;
}
