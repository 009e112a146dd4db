using ChatBot.Core.Ingest.Reasons;

namespace ChatBot.Discord.IngestReview;

/// <summary>Everything /ingest, /drafts, the review buttons and /knowledge stale say to a moderator, in one language.</summary>
public interface IIngestReviewPhrases
{
    string Unavailable { get; }

    string FileOrUrl { get; }

    string BadDate(string text);

    string BadUrl(string text);

    /// <summary>The one line every refused ingest ends in; <paramref name="reason"/> says why.</summary>
    string Failed(string reason);

    /// <summary>Why the ingest library refused an article, in this book's language.</summary>
    IIngestReasonPhrases Reasons { get; }

    string AttachmentMissing { get; }

    string AttachmentNotOnCdn(string host);

    string AttachmentEmpty { get; }

    string AttachmentTooBig(long bytes, int limitMegabytes);

    string AttachmentLargerThanDeclared(long declared);

    string AttachmentType(string type);

    string AttachmentStatus(int status);

    string AttachmentTimeout(int seconds);

    string AttachmentUnreachable { get; }

    string DraftCreated(int proposals, int duplicates);

    string ReviewHeader(string sourceId, string? title, string? publisher, DateOnly? published, int open);

    string Page(int page, int pages);

    string Proposal(int number, string factId, string figure, string? period, string subject, string kind, double? confidence, string? duplicateOf);

    string Quote(string text);

    string ApproveLabel(int number);

    string SkipLabel(int number);

    string EditLabel(int number);

    string ApproveAllLabel(int open);

    string PreviousLabel { get; }

    string NextLabel { get; }

    string Approved(IReadOnlyList<string> factIds);

    string Skipped(string factId);

    string NotApproved(string reason);

    string ReviewFinished(string sourceId);

    string DraftUnavailable(string reason);

    string InvalidButton { get; }

    string EditTitle(string factId);

    string TooLongForForm { get; }

    string EmptyForm { get; }

    string NoDrafts { get; }

    string DraftsHeader(int count);

    string DraftLine(string sourceId, string? title, int open);

    string InvalidDraftLine(string sourceId, string reason);

    string StaleHeader(int stale, int total, int days);

    string StaleLine(string factId, string sourceId, DateOnly? published, int? ageDays);

    string StaleMore(int more);
}
