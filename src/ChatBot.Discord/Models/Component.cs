using System.Text.Json.Serialization;

namespace ChatBot.Discord.Models;

/// <summary>
/// A message or modal component: an action row holding buttons, a button, a label wrapping a text input, a text input,
/// or a text display. <see cref="Style"/> is a <see cref="ButtonStyle"/> or a <see cref="TextInputStyle"/> by type.
/// </summary>
public sealed record Component
{
    public ComponentType Type { get; init; }
    public int? Style { get; init; }
    public string? Label { get; init; }
    public string? CustomId { get; init; }
    public string? Url { get; init; }
    public bool? Disabled { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>The one component a label wraps.</summary>
    [JsonPropertyName("component")]
    public Component? Child { get; init; }

    public string? Description { get; init; }
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public bool? Required { get; init; }

    /// <summary>The markdown of a text display.</summary>
    public string? Content { get; init; }
}
