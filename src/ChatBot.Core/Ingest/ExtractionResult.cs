using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Ingest;

/// <summary>What the extractor read from one article: its language, the proposed facts and the subjects new to the knowledge.</summary>
public sealed record ExtractionResult(
    Language Language,
    IReadOnlyList<FactProposal> Facts,
    IReadOnlyList<SubjectMention> NewSubjects,
    int Paragraphs,
    int RepeatedParagraphs);
