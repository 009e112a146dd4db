using System.Text.Json;

namespace ChatBot.Discord.Models;

/// <summary>An option value (or a sub-command holding further options) of a slash command.</summary>
public sealed record InteractionDataOption
{
    public string Name { get; init; } = "";
    public ApplicationCommandOptionType Type { get; init; }
    public JsonElement? Value { get; init; }
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }
    public bool? Focused { get; init; }
}
