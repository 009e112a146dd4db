using System.Globalization;
using ChatBot.Core.Ingest.Reasons;

namespace ChatBot.Discord.IngestReview;

/// <inheritdoc cref="IIngestReviewPhrases"/>
public sealed class EnglishIngestReviewPhrases : IIngestReviewPhrases
{
    public string Unavailable => "Ingest is not available here: the bot has no writable knowledge folder.";

    public string FileOrUrl => "Give either a file or a url (one of them, not both).";

    public string BadDate(string text) => $"published must be a date YYYY-MM-DD, not '{text}'.";

    public string BadUrl(string text) => $"'{text}' is not an http(s) address.";

    public string Failed(string reason) => $"Not ingested: {reason.ReplaceLineEndings(" ").TrimEnd('.')}. Nothing was written.";

    public IIngestReasonPhrases Reasons { get; } = new EnglishIngestReasonPhrases();

    public string AttachmentMissing => "the attachment is missing from the command";

    public string AttachmentNotOnCdn(string host) => $"the attachment's address ({host}) is not Discord's file server";

    public string AttachmentEmpty => "the attachment is empty";

    public string AttachmentTooBig(long bytes, int limitMegabytes) =>
        string.Create(CultureInfo.InvariantCulture, $"the attachment is {bytes / (1024.0 * 1024):0.#} MB; the limit is {limitMegabytes} MB");

    public string AttachmentLargerThanDeclared(long declared) => $"the download is larger than the {declared} bytes the attachment declares";

    public string AttachmentType(string type) => $"the attachment is {type}, not text or HTML";

    public string AttachmentStatus(int status) => $"the attachment could not be downloaded (HTTP {status})";

    public string AttachmentTimeout(int seconds) => $"the attachment did not arrive within {seconds} s";

    public string AttachmentUnreachable => "the attachment could not be downloaded";

    public string DraftCreated(int proposals, int duplicates) =>
        $"Draft created: {Count(proposals, "proposed figure", "proposed figures")} ({duplicates} repeat facts already known). Review them below.";

    public string ReviewHeader(string sourceId, string? title, string? publisher, DateOnly? published, int open)
    {
        var about = string.Join(", ", new[] { title, publisher, published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Where(s => s is not null));
        return $"**Draft `{sourceId}`**{(about.Length > 0 ? $" – {about}" : "")}: {Count(open, "proposal", "proposals")} open.";
    }

    public string Page(int page, int pages) => $"Page {page} of {pages}";

    public string Proposal(int number, string factId, string figure, string? period, string subject, string kind, double? confidence, string? duplicateOf)
    {
        var sure = confidence is { } c ? string.Create(CultureInfo.InvariantCulture, $", confidence {c:0.00}") : "";
        var duplicate = duplicateOf is null ? "" : $" **duplicate of `{duplicateOf}`**";
        return $"**{number}.** `{factId}`: {figure}{(period is null ? "" : $", {period}")} – {subject}, {kind}{sure}{duplicate}";
    }

    public string Quote(string text) => $"> \"{text}\"";

    public string ApproveLabel(int number) => $"{number}: Approve";

    public string SkipLabel(int number) => $"{number}: Skip";

    public string EditLabel(int number) => $"{number}: Edit";

    public string ApproveAllLabel(int open) => $"Approve all {open}";

    public string PreviousLabel => "◀ Previous";

    public string NextLabel => "Next ▶";

    public string Approved(IReadOnlyList<string> factIds) =>
        $"✅ Approved {string.Join(", ", factIds.Take(10).Select(id => $"`{id}`"))}{(factIds.Count > 10 ? $" and {factIds.Count - 10} more" : "")}"
        + " (validated, in the audit log as you; /fact history lists the changes, /fact undo reverts one).";

    public string Skipped(string factId) => $"⏭ Skipped `{factId}`; it is no longer in the draft.";

    public string NotApproved(string reason) => $"⚠ Not approved: {reason}";

    public string ReviewFinished(string sourceId) => $"Review of `{sourceId}` finished: no proposals left.";

    public string DraftUnavailable(string reason) => $"This draft cannot be reviewed: {reason}";

    public string InvalidButton => "This button is not valid (anymore).";

    public string EditTitle(string factId) => $"Edit and approve {factId}";

    public string TooLongForForm => "This proposal is too long for the form; correct it in the draft file and approve it there.";

    public string EmptyForm => "The form was empty; nothing was approved.";

    public string NoDrafts => "No drafts awaiting review.";

    public string DraftsHeader(int count) => $"{Count(count, "draft", "drafts")} awaiting review (open one with /drafts source_id):";

    public string DraftLine(string sourceId, string? title, int open) => $"• `{sourceId}`{(title is null ? "" : $" – {title}")}: {Count(open, "proposal", "proposals")}";

    public string InvalidDraftLine(string sourceId, string reason) => $"• `{sourceId}`: not valid ({reason})";

    public string StaleHeader(int stale, int total, int days) => $"{stale} of {total} facts come from sources older than {days} days or undated:";

    public string StaleLine(string factId, string sourceId, DateOnly? published, int? ageDays) => published is { } date
        ? string.Create(CultureInfo.InvariantCulture, $"• `{factId}` ({sourceId}): published {date:yyyy-MM-dd}, {ageDays} days ago")
        : $"• `{factId}` ({sourceId}): undated";

    public string StaleMore(int more) => $"… and {more} more (knowledge stale on the command line lists all).";

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
