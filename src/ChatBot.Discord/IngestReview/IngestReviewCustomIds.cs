using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Discord.IngestReview;

/// <summary>
/// The custom ids of the review's buttons and edit form: the draft's source id and a fact reference, at most 100
/// characters. A fact id that would not fit is referred to by a short hash of it. Nothing here is trusted: the
/// handler re-reads the draft and looks the reference up on every click.
/// </summary>
public static partial class IngestReviewCustomIds
{
    public const string Prefix = "ingest-";
    private const int MaxLength = 100;
    private const int MaxPage = 999;

    private static readonly (IngestReviewActionKind Kind, string Code)[] Codes =
    [
        (IngestReviewActionKind.Approve, "a"),
        (IngestReviewActionKind.Skip, "s"),
        (IngestReviewActionKind.Edit, "e"),
        (IngestReviewActionKind.EditForm, "m"),
        (IngestReviewActionKind.ApproveAll, "all"),
        (IngestReviewActionKind.Page, "p"),
    ];

    public static bool IsIngest(string? customId) => customId?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public static string ForFact(IngestReviewActionKind kind, string sourceId, string factId)
    {
        ArgumentNullException.ThrowIfNull(factId);
        var head = $"{Prefix}{Code(kind)}:{sourceId}:";
        return head.Length + factId.Length <= MaxLength && FactIdPattern().IsMatch(factId) ? head + factId : head + Hash(factId);
    }

    public static string ForPage(IngestReviewActionKind kind, string sourceId, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Code(kind)}:{sourceId}:{page}");

    /// <summary>The action, or null for anything not built by this class (wrong shape, bad ids, too long).</summary>
    public static IngestReviewAction? Parse(string? customId)
    {
        if (customId is null || customId.Length > MaxLength || !IsIngest(customId)
            || customId[Prefix.Length..].Split(':') is not [var code, var sourceId, var last]
            || !SourceIdPattern().IsMatch(sourceId))
        {
            return null;
        }

        var kind = Codes.FirstOrDefault(c => c.Code == code);
        if (kind.Code is null)
        {
            return null;
        }

        if (kind.Kind is IngestReviewActionKind.Page or IngestReviewActionKind.ApproveAll)
        {
            return int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page <= MaxPage
                ? new IngestReviewAction(kind.Kind, sourceId, null, page)
                : null;
        }

        return FactIdPattern().IsMatch(last) || HashPattern().IsMatch(last) ? new IngestReviewAction(kind.Kind, sourceId, last, 0) : null;
    }

    /// <summary>Whether <paramref name="factRef"/> (from a custom id) names <paramref name="factId"/>.</summary>
    public static bool Refers(string factRef, string factId) =>
        string.Equals(factRef, factId, StringComparison.Ordinal) || string.Equals(factRef, Hash(factId), StringComparison.Ordinal);

    private static string Code(IngestReviewActionKind kind) => Codes.First(c => c.Kind == kind).Code;

    private static string Hash(string factId) => "~" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(factId)))[..8];

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,79}$")]
    private static partial Regex SourceIdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex FactIdPattern();

    [GeneratedRegex("^~[0-9a-f]{8}$")]
    private static partial Regex HashPattern();
}
