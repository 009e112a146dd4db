using ChatBot.Core.Knowledge;

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

    public static Language? FromLocale(string? locale) => locale?.Split('-', '_')[0].ToUpperInvariant() switch
    {
        "DE" => Language.German,
        "EN" => Language.English,
        _ => null,
    };
}
