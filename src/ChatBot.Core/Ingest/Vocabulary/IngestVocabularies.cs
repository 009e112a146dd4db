using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;

namespace ChatBot.Core.Ingest.Vocabulary;

/// <summary>The languages whose articles the extractor reads: one registration per language.</summary>
public static class IngestVocabularies
{
    /// <summary>German and English.</summary>
    public static LanguageTable<IIngestVocabulary> Default { get; } = new(
        Language.English,
        [
            new(Language.German, new GermanIngestVocabulary()),
            new(Language.English, new EnglishIngestVocabulary()),
        ]);
}
