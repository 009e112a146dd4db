using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;

namespace ChatBot.Core.Ingest.Reasons;

/// <summary>The ingest refusals per language; English for languages without a book of their own.</summary>
public static class IngestReasonPhraseBooks
{
    public static LanguageTable<IIngestReasonPhrases> Default { get; } = new(Language.English,
    [
        new(Language.English, new EnglishIngestReasonPhrases()),
        new(Language.German, new GermanIngestReasonPhrases()),
    ]);
}
