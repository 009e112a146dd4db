namespace ChatBot.Discord.Models;

/// <summary>An action row (type 1) holding buttons (type 2), or a button itself.</summary>
public sealed record Component
{
    public ComponentType Type { get; init; }
    public ButtonStyle? Style { get; init; }
    public string? Label { get; init; }
    public string? CustomId { get; init; }
    public string? Url { get; init; }
    public bool? Disabled { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
}
