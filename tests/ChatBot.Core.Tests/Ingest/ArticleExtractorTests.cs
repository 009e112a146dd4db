using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

public sealed class ArticleExtractorTests
{
    private const string GermanArticle = """
        Microsoft baut KI-Rechenzentren aus

        Microsoft plant, im Geschäftsjahr 2025 rund 80 Milliarden US-Dollar in KI-fähige Rechenzentren zu investieren. Über die Hälfte dieser Summe soll in den USA bleiben.

        Der Konkurrent Zentauris AG kündigte an, bis 2028 etwa 12 Mrd. Euro auszugeben.

        Microsoft plant, im Geschäftsjahr 2025 rund 80 Milliarden US-Dollar in KI-fähige Rechenzentren zu investieren. Über die Hälfte dieser Summe soll in den USA bleiben.
        """;

    private const string EnglishArticle = """
        Acme bets big on AI

        Amazon said it will spend more than $100bn on AI infrastructure this year, up from $83 billion the year before.
        The company also runs data centres in 30 countries.
        Startup NovaMind raised $2.5bn in a deal led by investors.

        The startup expects its revenue to reach $1bn by 2027.
        """;

    [Fact]
    public void Extract_GermanArticle_ProposesFiguresWithQuotesSubjectsAndPeriods()
    {
        var result = ArticleExtractor.Extract(GermanArticle, new ExtractionOptions("test-de"), CuratedKnowledge.Knowledge);

        Assert.Equal(Language.German, result.Language);
        Assert.Equal(1, result.RepeatedParagraphs);
        var capex = Assert.Single(result.Facts, f => f.Amount.Min == 80);
        Assert.Equal("microsoft", capex.Subject.Id);
        Assert.Equal(new Period(PeriodKind.FiscalYear, Year: 2025), capex.Period);
        Assert.Equal(FactKind.DataCenters, capex.Kind);
        Assert.Equal("Microsoft plant, im Geschäftsjahr 2025 rund 80 Milliarden US-Dollar in KI-fähige Rechenzentren zu investieren.", capex.Quote);
        Assert.Contains(capex.Quote, GermanArticle, StringComparison.Ordinal);
        Assert.NotNull(capex.DuplicateOf);
        var share = Assert.Single(result.Facts, f => f.Amount.Unit == Unit.Percent);
        Assert.Equal("microsoft", share.Subject.Id);
        Assert.Contains("earlier in the paragraph", share.Reason, StringComparison.Ordinal);
        var newcomer = Assert.Single(result.Facts, f => f.Amount.Min == 12);
        Assert.True(newcomer.Subject.IsNew);
        Assert.Equal("zentauris", newcomer.Subject.Id);
        Assert.Equal(new Amount(12, 12, Unit.Money, "EUR", Scale.Billion, Qualifier.Around), newcomer.Amount);
        Assert.Equal(2028, newcomer.Period.ToYear);
        Assert.Null(newcomer.DuplicateOf);
        Assert.Contains(result.NewSubjects, s => s.Id == "zentauris");
        Assert.True(capex.Confidence > newcomer.Confidence);
    }

    [Fact]
    public void Extract_EnglishArticleWithPublicationDate_ResolvesRelativePeriods()
    {
        var result = ArticleExtractor.Extract(EnglishArticle, new ExtractionOptions("test-en", new DateOnly(2025, 2, 7)), CuratedKnowledge.Knowledge);

        Assert.Equal(Language.English, result.Language);
        var current = Assert.Single(result.Facts, f => f.Amount.Min == 100);
        Assert.Equal(("amazon", Qualifier.MoreThan, 2025), (current.Subject.Id, current.Amount.Qualifier, current.Period.Year));
        Assert.Single(result.Facts, f => f.Amount.Min == 83);
        Assert.Single(result.Facts, f => f.Amount.Unit == Unit.Countries && f.Amount.Min == 30);
        var deal = Assert.Single(result.Facts, f => f.Amount.Min == 2.5m);
        Assert.Equal(("novamind", FactKind.Deal), (deal.Subject.Id, deal.Kind));
        var revenue = Assert.Single(result.Facts, f => f.Amount.Min == 1);
        Assert.Equal(("novamind", 2027), (revenue.Subject.Id, revenue.Period.ToYear));
        Assert.Contains("paragraph before", revenue.Reason, StringComparison.Ordinal);
        Assert.Equal(result.Facts.Count, result.Facts.Select(f => f.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("Die Stimmung in der Branche ist gut. Viele Unternehmen wollen mehr in KI investieren, sagen Experten.")]
    [InlineData("The mood in the industry is upbeat. Many companies say they will invest more in AI in 2025.")]
    public void Extract_ArticleWithoutFigures_ProposesNothing(string text)
    {
        var result = ArticleExtractor.Extract(text, new ExtractionOptions("none"), CuratedKnowledge.Knowledge);

        Assert.Empty(result.Facts);
    }

    [Fact]
    public void Extract_ArticleInAnotherLanguage_IsRefused()
    {
        var error = Assert.Throws<IngestException>(() => ArticleExtractor.Extract(
            "Microsoft va investir 80 milliards de dollars dans l'intelligence artificielle cette année selon le journal.",
            new ExtractionOptions("fr"),
            CuratedKnowledge.Knowledge));

        Assert.Contains("none of the languages that can be ingested (de, en)", error.Message, StringComparison.Ordinal);
    }
}
