using System.Text.Json;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Commands;

/// <summary>Reads typed option values from a slash command or autocomplete interaction.</summary>
internal static class InteractionOptions
{
    public static string? String(InteractionData? data, string name) =>
        Find(data, name)?.Value is { ValueKind: JsonValueKind.String } value ? value.GetString()?.Trim() : null;

    public static int? Integer(InteractionData? data, string name) =>
        Find(data, name)?.Value is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;

    public static bool? Boolean(InteractionData? data, string name) => Find(data, name)?.Value switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    /// <summary>The option the user is typing in, during autocomplete.</summary>
    public static InteractionDataOption? Focused(InteractionData? data) => data?.Options?.FirstOrDefault(o => o.Focused == true);

    /// <summary>The partial text of an autocomplete option; numbers arrive as typed text too.</summary>
    public static string Text(InteractionDataOption option) => option.Value switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString() ?? "",
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => "",
    };

    private static InteractionDataOption? Find(InteractionData? data, string name) =>
        data?.Options?.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));
}
