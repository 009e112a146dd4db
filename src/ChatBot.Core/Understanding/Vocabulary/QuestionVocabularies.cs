using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;

namespace ChatBot.Core.Understanding.Vocabulary;

/// <summary>The languages whose questions the bot understands: one registration per language.</summary>
public static class QuestionVocabularies
{
    /// <summary>German and English; a question without evidence of either is taken as English.</summary>
    public static LanguageTable<IQuestionVocabulary> Default { get; } = new(
        Language.English,
        [
            new(Language.German, new GermanVocabulary()),
            new(Language.English, new EnglishVocabulary()),
        ]);
}
