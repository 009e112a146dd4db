using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;
using ChatBot.Teams.Rendering;

namespace ChatBot.Teams.Conversation;

/// <summary>The answer language from an activity's <c>locale</c> (or its clientInfo entity); null leaves it to the question.</summary>
public static class TeamsLanguage
{
    public static Language? Of(Activities.Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var locale = activity.Locale
            ?? activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase))?.Locale;
        return FromLocale(locale);
    }

    /// <summary>The language a locale ("de-DE", "en_US") names in the shared locale table, if Teams has phrases for it; null for any other.</summary>
    public static Language? FromLocale(string? locale) =>
        LocaleLanguages.Default.Find(locale) is { } language && TeamsPhraseBooks.Default.Has(language) ? language : null;
}
