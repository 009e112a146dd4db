using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Languages.Numbers;

/// <summary>The languages whose number words the bot reads: one registration per language.</summary>
public static class NumberVocabularies
{
    /// <summary>German and English.</summary>
    public static LanguageTable<INumberVocabulary> Default { get; } = new(
        Language.English,
        [
            new(Language.German, new GermanNumberWords()),
            new(Language.English, new EnglishNumberWords()),
        ]);
}
