using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Ingest;

/// <summary>
/// A fact the extractor proposes from an article, for a moderator to approve: the figure with its verbatim sentence,
/// why it was read so, how sure the reading is (0–1), and the existing fact it merely repeats, if any.
/// </summary>
public sealed record FactProposal(
    string Id,
    SubjectMention Subject,
    FactKind Kind,
    Amount Amount,
    Period Period,
    string Quote,
    string Reason,
    double Confidence,
    string? DuplicateOf);
