using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;

namespace ChatBot.Discord.IngestReview;

/// <summary>The review texts per language; English for languages without a book of their own.</summary>
public static class IngestReviewPhrasebook
{
    public static LanguageTable<IIngestReviewPhrases> Default { get; } = new(Language.English,
    [
        new(Language.English, new EnglishIngestReviewPhrases()),
        new(Language.German, new GermanIngestReviewPhrases()),
    ]);
}
