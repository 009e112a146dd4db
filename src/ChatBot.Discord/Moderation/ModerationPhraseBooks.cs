using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;

namespace ChatBot.Discord.Moderation;

/// <summary>The moderators' phrase books shipped with the bot: German and English, English for any other locale.</summary>
public static class ModerationPhraseBooks
{
    public static LanguageTable<IModerationPhrases> Default { get; } = new(Language.English,
    [
        new(Language.German, new GermanModerationPhrases()),
        new(Language.English, new EnglishModerationPhrases()),
    ]);
}
