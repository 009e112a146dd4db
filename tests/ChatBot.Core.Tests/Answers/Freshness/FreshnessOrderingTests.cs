using ChatBot.Core.Answers;
using ChatBot.Core.Answers.Freshness;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Answers.Freshness;

/// <summary>
/// Answers say when a dated source published a figure; for one subject and period, the newest source's figure
/// leads and older ones are marked. Fixtures: two articles on Acme's 2025 capex (12 bn in January, cut to 10 bn
/// in April), with the dates varied per test.
/// </summary>
public class FreshnessOrderingTests
{
    private const string EnglishQuestion = "How much does Acme invest in 2025?";
    private const string GermanQuestion = "Wie viel investiert Acme 2025?";

    [Fact]
    public void Ask_TwoDatedSourcesSamePeriod_NewestFirstOlderMarked()
    {
        var answer = Engine("2025-01-15", "2025-04-20").Ask(EnglishQuestion);

        var items = FigureItems(answer);
        Assert.Equal(["acme-2025-april", "acme-2025-january"], items.Select(i => i.Facts[0].Id));
        Assert.Equal(new FigureFreshness(new DateOnly(2025, 4, 20), false, "as of 20 April 2025"), items[0].Freshness);
        Assert.Equal(new FigureFreshness(new DateOnly(2025, 1, 15), true, "older figure from 15 January 2025"), items[1].Freshness);
    }

    [Fact]
    public void Render_TwoDatedSourcesGerman_NotesAfterStatementBeforeCitation()
    {
        var text = PlainTextRenderer.Render(Engine("2025-01-15", "2025-04-20").Ask(GermanQuestion));

        var newer = text.IndexOf("Acme senkt 2025 auf 10 Mrd. US-Dollar. (Stand: 20. April 2025) [1]", StringComparison.Ordinal);
        var older = text.IndexOf("Acme investiert 2025 rund 12 Mrd. US-Dollar. (ältere Angabe vom 15. Januar 2025) [2]", StringComparison.Ordinal);
        Assert.True(newer >= 0 && older > newer, text);
    }

    [Fact]
    public void Ask_NewerSourceAlreadyFirst_OrderKeptOlderMarked()
    {
        var answer = Engine("2025-05-01", "2025-04-20").Ask(EnglishQuestion);

        var items = FigureItems(answer);
        Assert.Equal(["acme-2025-january", "acme-2025-april"], items.Select(i => i.Facts[0].Id));
        Assert.False(items[0].Freshness!.Older);
        Assert.True(items[1].Freshness!.Older);
    }

    [Fact]
    public void Ask_UndatedSources_NoNoteAndFigureOrderUnchanged()
    {
        var answer = Engine(null, null).Ask(EnglishQuestion);

        var items = FigureItems(answer);
        Assert.Equal(["acme-2025-january", "acme-2025-april"], items.Select(i => i.Facts[0].Id));
        Assert.All(items, i => Assert.Null(i.Freshness));
        Assert.DoesNotContain("as of", PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_OneSourceUndated_DatedLineGetsDateNeitherIsOlder()
    {
        var answer = Engine(null, "2025-04-20").Ask(EnglishQuestion);

        var items = FigureItems(answer);
        Assert.Equal(["acme-2025-january", "acme-2025-april"], items.Select(i => i.Facts[0].Id));
        Assert.Null(items[0].Freshness);
        Assert.Equal(new FigureFreshness(new DateOnly(2025, 4, 20), false, "as of 20 April 2025"), items[1].Freshness);
    }

    [Fact]
    public void Ask_SameDate_BothAsOfNoneOlderOrderUnchanged()
    {
        var answer = Engine("2025-04-20", "2025-04-20").Ask(EnglishQuestion);

        var items = FigureItems(answer);
        Assert.Equal(["acme-2025-january", "acme-2025-april"], items.Select(i => i.Facts[0].Id));
        Assert.All(items, i => Assert.Equal(new FigureFreshness(new DateOnly(2025, 4, 20), false, "as of 20 April 2025"), i.Freshness));
    }

    [Fact]
    public void Ask_DifferentPeriods_NotComparedSoNoneOlder()
    {
        var answer = Engine("2025-01-15", "2025-04-20", secondPeriod: "{ year: 2026 }").Ask("How much does Acme invest?");

        Assert.All(FigureItems(answer), i => Assert.False(i.Freshness!.Older));
    }

    [Fact]
    public void Ask_SameFigureInBothArticles_OneLineAsOfTheNewerSource()
    {
        var answer = Engine("2025-01-15", "2025-04-20", secondAmount: "{ value: 12, currency: USD, scale: billion, qualifier: around }").Ask(EnglishQuestion);

        var item = Assert.Single(FigureItems(answer));
        Assert.Equal(2, item.Facts.Count);
        Assert.Equal(new FigureFreshness(new DateOnly(2025, 4, 20), false, "as of 20 April 2025"), item.Freshness);
    }

    [Fact]
    public void Ask_InjectedPhraseBook_UsedForTheAnswersLanguage()
    {
        // English questions answered with the German book: the notes must follow the injected book, not the language.
        var custom = new AnswerEngine(
            new KnowledgeStore(Knowledge("2025-01-15", "2025-04-20")), Parser(), PhraseBooks.Default.With(Language.English, PhraseBooks.German));

        var items = FigureItems(custom.Ask(EnglishQuestion));

        Assert.Equal(["Stand: 20. April 2025", "ältere Angabe vom 15. Januar 2025"], items.Select(i => i.Freshness!.Note));
    }

    private static List<AnswerItem> FigureItems(Answer answer) =>
        [.. answer.Sections.SelectMany(s => s.Items).Where(i => i.Figure is not null)];

    private static AnswerEngine Engine(string? firstPublished, string? secondPublished, string secondPeriod = "{ year: 2025 }", string? secondAmount = null) =>
        new(new KnowledgeStore(Knowledge(firstPublished, secondPublished, secondPeriod, secondAmount)), Parser());

    private static QuestionParser Parser() => new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)));

    private static KnowledgeBase Knowledge(string? firstPublished, string? secondPublished, string secondPeriod = "{ year: 2025 }", string? secondAmount = null)
    {
        var cut = secondAmount is null;
        var yaml = AcmeYaml.Document(
            AcmeYaml.Source("article-1", "Acme baut aus", "acme-1.txt", firstPublished) + AcmeYaml.Source("article-2", "Acme spart", "acme-2.txt", secondPublished),
            AcmeYaml.DataCentersTopic,
            AcmeYaml.Company("acme", "Acme", "[Acme Corp]"),
            AcmeYaml.Acme2025("acme-2025-january", topics: "[]") + AcmeYaml.Fact(
                "acme-2025-april", "acme", secondAmount ?? "{ value: 10, currency: USD, scale: billion }", secondPeriod,
                cut ? "Acme senkt 2025 auf 10 Mrd. US-Dollar." : "Acme bleibt 2025 bei rund 12 Mrd. US-Dollar.",
                cut ? "Acme cuts to $10 billion in 2025." : "Acme stays at around $12 billion in 2025.",
                "article-2",
                cut ? "\"Acme senkt seine Investitionen auf 10 Milliarden Dollar.\"" : "\"Acme bleibt bei rund 12 Milliarden Dollar.\""));
        var result = KnowledgeLoader.Load(yaml, "k.yaml");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Knowledge!;
    }
}
