using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;

namespace ChatBot.Core.Answers.Freshness;

/// <summary>The freshness phrase books of the languages the bot speaks; English for any other.</summary>
public static class FreshnessPhraseBooks
{
    public static LanguageTable<IFreshnessPhrases> Default { get; } = new(
        Language.English,
        [
            new(Language.German, new GermanFreshnessPhrases()),
            new(Language.English, new EnglishFreshnessPhrases()),
        ]);
}
