namespace ChatBot.Ingest;

/// <summary>A draft awaiting review, read again from its file: the article's description and the proposals still open.</summary>
public sealed record DraftReview(string SourceId, string? Title, string? Publisher, DateOnly? Published, IReadOnlyList<DraftProposal> Proposals);
