using ChatBot.Core.Ingest;

namespace ChatBot.Ingest;

/// <summary>A finished ingest: the draft to review, the archived article and what the extractor proposed.</summary>
public sealed record IngestOutcome(string SourceId, string DraftFile, string ArticleFile, ExtractionResult Extraction);
