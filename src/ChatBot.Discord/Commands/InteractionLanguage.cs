using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Commands;

/// <summary>The answer language an interaction asks for through the user's Discord client locale.</summary>
internal static class InteractionLanguage
{
    /// <summary>
    /// The language the locale names when it is not the fallback (English); null otherwise, so free text decides its
    /// own language. English is Discord's default client language and the table's fallback, so it says less about what
    /// a user writes than a client deliberately set to another language.
    /// </summary>
    public static Language? FromLocale(Interaction interaction, LocaleLanguages? locales = null)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        locales ??= LocaleLanguages.Default;
        return locales.Find(interaction.Locale) is { } language && language != locales.Fallback ? language : null;
    }

    /// <summary>For answers built without free text to detect from: the locale's language, else the fallback.</summary>
    public static Language Of(Interaction interaction, LocaleLanguages? locales = null)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return (locales ?? LocaleLanguages.Default).Of(interaction.Locale);
    }
}
