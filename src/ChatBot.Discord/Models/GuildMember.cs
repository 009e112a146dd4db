namespace ChatBot.Discord.Models;

/// <summary>The invoking member of a guild interaction; <see cref="Permissions"/> is a decimal bit-set string.</summary>
public sealed record GuildMember
{
    public User? User { get; init; }
    public string? Nick { get; init; }
    public IReadOnlyList<string>? Roles { get; init; }
    public string? Permissions { get; init; }
}
