using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

/// <summary>Periods in undated articles that the text itself still fixes: a year before the named one, a part of an earlier figure.</summary>
public sealed class UndatedPeriodTests
{
    [Theory]
    [InlineData("Kelvo plant 2026 Investitionen von über 20 Milliarden Euro, im Vorjahr waren es noch 14 Milliarden Euro.", "de")]
    [InlineData("Kelvo plans to invest more than €20 billion in 2026, last year it was €14 billion.", "en")]
    public void Extract_PreviousYearNextToANamedYear_EachFigureItsYear(string sentence, string language)
    {
        var result = ArticleExtractor.Extract(sentence, new ExtractionOptions("test", Language: new Language(language)), null);

        Assert.Equal(new Period(PeriodKind.Year, Year: 2026), Assert.Single(result.Facts, f => f.Amount.Min == 20).Period);
        Assert.Equal(new Period(PeriodKind.Year, Year: 2025), Assert.Single(result.Facts, f => f.Amount.Min == 14).Period);
    }

    [Theory]
    [InlineData("Kelvo will im Geschäftsjahr 2026 rund 20 Milliarden Euro investieren.\n\nÜber die Hälfte dieser Summe soll in Europa bleiben.", "de")]
    [InlineData("Kelvo will invest around €20 billion in fiscal year 2026.\n\nMore than half of this amount is to stay in Europe.", "en")]
    public void Extract_PartOfTheFigureBefore_TakesItsPeriod(string text, string language)
    {
        var result = ArticleExtractor.Extract(text, new ExtractionOptions("test", Language: new Language(language)), null);

        Assert.Equal(new Period(PeriodKind.FiscalYear, Year: 2026), Assert.Single(result.Facts, f => f.Amount.Unit == Unit.Percent).Period);
    }

    [Theory]
    [InlineData("Kelvo will 2026 rund 20 Milliarden Euro investieren.\n\nBorana AG steckt 5 Milliarden Euro in Chips.", "de")]
    [InlineData("Kelvo will invest around €20 billion in 2026.\n\nBorana Inc. puts €5 billion into chips.", "en")]
    public void Extract_UnrelatedFigureWithoutPeriod_NoPeriodBorrowed(string text, string language)
    {
        var result = ArticleExtractor.Extract(text, new ExtractionOptions("test", Language: new Language(language)), null);

        Assert.Equal(PeriodKind.Unspecified, Assert.Single(result.Facts, f => f.Amount.Min == 5).Period.Kind);
    }
}
