namespace ChatBot.Discord.Models;

/// <summary>Command, component or modal data of an interaction.</summary>
public sealed record InteractionData
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public ApplicationCommandType? Type { get; init; }
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }
    public string? CustomId { get; init; }
    public ComponentType? ComponentType { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
    public string? TargetId { get; init; }
    public InteractionResolvedData? Resolved { get; init; }

    /// <summary>A modal submit's components, with the values typed in.</summary>
    public IReadOnlyList<Component>? Components { get; init; }
}
