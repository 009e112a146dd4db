namespace ChatBot.Discord.Models;

/// <summary>An application command definition as sent to (and returned by) the bulk-overwrite endpoints.</summary>
public sealed record ApplicationCommand
{
    public string? Id { get; init; }
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public ApplicationCommandType? Type { get; init; }
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
    public string? DefaultMemberPermissions { get; init; }
    public bool? DmPermission { get; init; }
    public IReadOnlyList<int>? Contexts { get; init; }
}
