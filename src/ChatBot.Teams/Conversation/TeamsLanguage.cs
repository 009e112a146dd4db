using ChatBot.Core.Knowledge;
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

    /// <summary>The registered language a locale ("de-DE", "en_US") names; null for any other.</summary>
    public static Language? FromLocale(string? locale) =>
        locale?.Split('-', '_')[0] is { } code && !string.IsNullOrWhiteSpace(code) && TeamsPhraseBooks.Default.Has(new Language(code))
            ? new Language(code)
            : null;
}
