using ChatBot.Core.Knowledge;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Commands;

/// <summary>The answer language an interaction asks for through the user's Discord client locale.</summary>
internal static class InteractionLanguage
{
    /// <summary>German for a <c>de</c> locale; null otherwise, so free text decides its own language.</summary>
    public static Language? FromLocale(Interaction interaction) =>
        interaction.Locale?.StartsWith("de", StringComparison.OrdinalIgnoreCase) == true ? Language.German : null;

    /// <summary>For answers built without free text to detect from: German for <c>de</c>, else English.</summary>
    public static Language Of(Interaction interaction) => FromLocale(interaction) ?? Language.English;
}
