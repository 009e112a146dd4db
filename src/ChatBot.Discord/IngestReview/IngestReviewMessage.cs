using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rendering;
using ChatBot.Ingest;

namespace ChatBot.Discord.IngestReview;

/// <summary>
/// The review message of a draft: a page of proposals, each with its figure, period, subject, kind, confidence,
/// duplicate mark and verbatim quote, one row of Approve / Skip / Edit per proposal and a last row to page and to
/// approve all. A legacy message holds 5 rows of up to 5 buttons, hence <see cref="PerPage"/> proposals a page.
/// </summary>
public static partial class IngestReviewMessage
{
    public const int PerPage = 4;
    private const int MaxQuoteLength = 280;

    public static int PageOf(int index) => index / PerPage;

    /// <summary>The page's message, with <paramref name="notice"/> (the outcome of the last click) above it.</summary>
    public static InteractionCallbackData Render(DraftReview review, int page, string? notice, IIngestReviewPhrases phrases, Language language)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(phrases);
        var open = review.Proposals;
        if (open.Count == 0)
        {
            return Text(Join(notice, phrases.ReviewFinished(review.SourceId)));
        }

        var pages = (open.Count + PerPage - 1) / PerPage;
        page = Math.Clamp(page, 0, pages - 1);
        var shown = open.Skip(page * PerPage).Take(PerPage).ToList();
        var text = new StringBuilder();
        if (notice is not null)
        {
            text.Append(notice).Append("\n\n");
        }

        text.Append(phrases.ReviewHeader(review.SourceId, Escape(review.Title), Escape(review.Publisher), review.Published, open.Count));
        if (pages > 1)
        {
            text.Append(' ').Append(phrases.Page(page + 1, pages));
        }

        var rows = new List<Component>();
        for (var i = 0; i < shown.Count; i++)
        {
            var number = (page * PerPage) + i + 1;
            var proposal = shown[i];
            var fact = proposal.Fact;
            var figure = fact.Amount is { } amount ? FigureFormatter.Format(amount, language) : "–";
            var period = fact.Period.Kind == PeriodKind.Unspecified ? null : PeriodFormatter.Format(fact.Period, language);
            text.Append("\n\n").Append(phrases.Proposal(number, fact.Id, figure, period, fact.SubjectId, Kind(proposal.Yaml), proposal.Confidence, proposal.DuplicateOf))
                .Append('\n').Append(phrases.Quote(Escape(Shorten(fact.Quote))!));
            rows.Add(Row(
                Button(ButtonStyle.Success, phrases.ApproveLabel(number), IngestReviewCustomIds.ForFact(IngestReviewActionKind.Approve, review.SourceId, fact.Id)),
                Button(ButtonStyle.Secondary, phrases.SkipLabel(number), IngestReviewCustomIds.ForFact(IngestReviewActionKind.Skip, review.SourceId, fact.Id)),
                Button(ButtonStyle.Primary, phrases.EditLabel(number), IngestReviewCustomIds.ForFact(IngestReviewActionKind.Edit, review.SourceId, fact.Id))));
        }

        var last = new List<Component>();
        if (page > 0)
        {
            last.Add(Button(ButtonStyle.Secondary, phrases.PreviousLabel, IngestReviewCustomIds.ForPage(IngestReviewActionKind.Page, review.SourceId, page - 1)));
        }

        if (page < pages - 1)
        {
            last.Add(Button(ButtonStyle.Secondary, phrases.NextLabel, IngestReviewCustomIds.ForPage(IngestReviewActionKind.Page, review.SourceId, page + 1)));
        }

        last.Add(Button(ButtonStyle.Success, phrases.ApproveAllLabel(open.Count), IngestReviewCustomIds.ForPage(IngestReviewActionKind.ApproveAll, review.SourceId, page)));
        rows.Add(Row([.. last]));
        return new InteractionCallbackData { Content = text.ToString(), Components = rows, AllowedMentions = AllowedMentions.None };
    }

    /// <summary>A message without buttons: an error, or the end of a review.</summary>
    public static InteractionCallbackData Text(string text) => new() { Content = text, Components = [], AllowedMentions = AllowedMentions.None };

    private static string Join(string? notice, string text) => notice is null ? text : $"{notice}\n\n{text}";

    private static string Kind(string yaml) => KindLine().Match(yaml) is { Success: true } match ? match.Groups[1].Value : "?";

    private static string Shorten(string quote) => quote.Length <= MaxQuoteLength ? quote : quote[..(MaxQuoteLength - 1)] + "…";

    private static string? Escape(string? text) => text is null ? null : DiscordMarkdown.Escape(text.ReplaceLineEndings(" "));

    private static Component Row(params Component[] buttons) => new() { Type = ComponentType.ActionRow, Components = buttons };

    private static Component Button(ButtonStyle style, string label, string customId) =>
        new() { Type = ComponentType.Button, Style = (int)style, Label = label, CustomId = customId };

    [GeneratedRegex(@"^kind:\s*(\S+)", RegexOptions.Multiline)]
    private static partial Regex KindLine();
}
