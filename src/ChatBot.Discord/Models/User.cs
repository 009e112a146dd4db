namespace ChatBot.Discord.Models;

/// <summary>A Discord user (partial: the fields the bot reads).</summary>
public sealed record User
{
    public string Id { get; init; } = "";
    public string? Username { get; init; }
    public string? GlobalName { get; init; }
    public bool? Bot { get; init; }
}
