using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;

namespace ChatBot.Core.Answers;

/// <summary>The registered phrase books. Immutable singletons, so the hot path only looks one up.</summary>
public static class PhraseBooks
{
    public static PhraseBook German { get; } =
        new(new GermanAnswerPhrases(), new GermanComputationPhrases(), new GermanFigurePhrases(), new GermanPeriodPhrases());

    public static PhraseBook English { get; } =
        new(new EnglishAnswerPhrases(), new EnglishComputationPhrases(), new EnglishFigurePhrases(), new EnglishPeriodPhrases());

    /// <summary>German and English, English for any other language. An engine takes another table to add a language.</summary>
    public static LanguageTable<PhraseBook> Default { get; } =
        new(Language.English, [new(Language.German, German), new(Language.English, English)]);
}
