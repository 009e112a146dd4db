using ChatBot.Core.Knowledge;
using ChatBot.Discord.IngestReview;
using ChatBot.Ingest;

namespace ChatBot.Discord.Tests.IngestReview;

public sealed class IngestReviewMessageTests
{
    private static readonly IIngestReviewPhrases English = new EnglishIngestReviewPhrases();

    [Theory]
    [InlineData(0, "1: Approve", "Next ▶")]
    [InlineData(1, "5: Approve", "◀ Previous")]
    [InlineData(2, "9: Approve", "◀ Previous")]
    [InlineData(7, "9: Approve", "◀ Previous")]
    public void Render_TenProposals_PagesWithinComponentAndContentLimits(int page, string firstButton, string firstNavigation)
    {
        var review = Review(10, quoteLength: 900);

        var message = IngestReviewMessage.Render(review, page, "✅ Approved `x`", English, Language.English);

        var rows = message.Components!;
        Assert.InRange(rows.Count, 2, 5);
        Assert.All(rows, row => Assert.InRange(row.Components!.Count, 1, 5));
        var buttons = rows.SelectMany(r => r.Components!).ToList();
        Assert.Equal(buttons.Count, buttons.Select(b => b.CustomId).Distinct().Count());
        Assert.All(buttons, b => Assert.InRange(b.CustomId!.Length, 1, 100));
        Assert.Equal(firstButton, buttons[0].Label);
        Assert.Equal(firstNavigation, rows[^1].Components![0].Label);
        Assert.Equal("Approve all 10", rows[^1].Components![^1].Label);
        Assert.InRange(message.Content!.Length, 1, 2000);
        Assert.StartsWith("✅ Approved `x`\n\n**Draft `src`**", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoProposalsLeft_FinishedWithoutButtons()
    {
        var message = IngestReviewMessage.Render(Review(0, 10), 0, "⏭ Skipped `f1`; it is no longer in the draft.", English, Language.English);

        Assert.Equal("⏭ Skipped `f1`; it is no longer in the draft.\n\nReview of `src` finished: no proposals left.", message.Content);
        Assert.Empty(message.Components!);
    }

    [Fact]
    public void Render_German_GermanWordsQuotesAndDuplicateMark()
    {
        var message = IngestReviewMessage.Render(Review(1, 20, duplicateOf: "microsoft-capex-2025"), 0, null, new GermanIngestReviewPhrases(), Language.German);

        Assert.Contains("**Entwurf `src`** – Titel, 01.02.2026: 1 Vorschlag offen.", message.Content, StringComparison.Ordinal);
        Assert.Contains("– acme, capex, Sicherheit 0,70 **Dublette von `microsoft-capex-2025`**", message.Content, StringComparison.Ordinal);
        Assert.Contains("> „" + new string('q', 20) + "“", message.Content, StringComparison.Ordinal);
        Assert.Equal(["1: Übernehmen", "1: Verwerfen", "1: Bearbeiten"], message.Components![0].Components!.Select(b => b.Label));
    }

    private static DraftReview Review(int count, int quoteLength, string? duplicateOf = null) => new(
        "src", "Titel", null, new DateOnly(2026, 2, 1),
        [.. Enumerable.Range(1, count).Select(i => new DraftProposal(
            new Fact($"f{i}", "acme", [], FactKind.Capex, [], new Amount(i, i, Unit.Money, "USD", Scale.Billion, Qualifier.Exact), Period.Unspecified,
                new LocalizedText([new(Language.German, ""), new(Language.English, "")]), "src", new string('q', quoteLength), i),
            $"id: f{i}\nkind: capex\n", 0.7, duplicateOf))]);
}
