namespace ChatBot.Ingest;

/// <summary>One draft awaiting review, as <c>knowledge drafts</c> lists it.</summary>
public sealed record DraftSummary(string SourceId, string File, int Facts, int Duplicates);
