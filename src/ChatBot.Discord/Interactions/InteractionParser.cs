using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ChatBot.Discord.Json;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Interactions;

/// <summary>Deserializes an interaction and rejects payloads missing what a response needs.</summary>
internal static class InteractionParser
{
    public static bool TryParse(ReadOnlySpan<byte> json, [NotNullWhen(true)] out Interaction? interaction)
    {
        try
        {
            interaction = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        return interaction is not null && IsUsable(interaction);
    }

    public static bool TryParse(JsonElement json, [NotNullWhen(true)] out Interaction? interaction)
    {
        try
        {
            interaction = json.Deserialize(DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        return interaction is not null && IsUsable(interaction);
    }

    // Null checks as well as empty ones: whatever the serializer settings, a payload's strings are untrusted.
    private static bool IsUsable(Interaction interaction) =>
        interaction.Type == InteractionType.Ping
        || (Enum.IsDefined(interaction.Type)
            && !string.IsNullOrEmpty(interaction.Id)
            && !string.IsNullOrEmpty(interaction.Token)
            && !string.IsNullOrEmpty(interaction.ApplicationId));
}
