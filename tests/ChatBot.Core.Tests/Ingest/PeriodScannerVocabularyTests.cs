using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

/// <summary>Every period form the scanner reads, each on its own: fiscal years, quarters, halves, months, spans and relative years.</summary>
public sealed class PeriodScannerVocabularyTests
{
    private static readonly DateOnly Published = new(2025, 2, 7);

    [Theory]
    [InlineData("Geschäftsjahr 2025", 2025)]
    [InlineData("Geschäftsjahres 2025", 2025)]
    [InlineData("Fiskaljahr 2024", 2024)]
    [InlineData("Fiskaljahres 2024", 2024)]
    [InlineData("fiscal 2026", 2026)]
    [InlineData("fiscal year 2026", 2026)]
    [InlineData("FY25", 2025)]
    [InlineData("FY 25", 2025)]
    [InlineData("FY'25", 2025)]
    [InlineData("FY2027", 2027)]
    public void ParsePeriod_FiscalYear_IsTheFiscalYear(string text, int year)
    {
        Assert.Equal(new Period(PeriodKind.FiscalYear, Year: year), PeriodScanner.ParsePeriod(text));
    }

    [Theory]
    [InlineData("ersten Quartal 2025", 1)]
    [InlineData("im zweiten Quartal 2025", 2)]
    [InlineData("dritten Quartal 2025", 3)]
    [InlineData("vierten Quartal 2025", 4)]
    [InlineData("first quarter of 2025", 1)]
    [InlineData("in the second quarter 2025", 2)]
    [InlineData("third quarter 2025", 3)]
    [InlineData("fourth quarter 2025", 4)]
    [InlineData("Q1 2025", 1)]
    [InlineData("Q2 2025", 2)]
    [InlineData("Q3 2025", 3)]
    [InlineData("Q42025", 4)]
    public void ParsePeriod_Quarter_IsTheQuarter(string text, int part)
    {
        Assert.Equal(new Period(PeriodKind.Quarter, Year: 2025, Part: part), PeriodScanner.ParsePeriod(text));
    }

    [Theory]
    [InlineData("ersten Halbjahr 2025", 1)]
    [InlineData("im zweiten Halbjahr 2025", 2)]
    [InlineData("first half of 2025", 1)]
    [InlineData("in the second half 2025", 2)]
    public void ParsePeriod_Half_IsTheHalf(string text, int part)
    {
        Assert.Equal(new Period(PeriodKind.Half, Year: 2025, Part: part), PeriodScanner.ParsePeriod(text));
    }

    [Theory]
    [InlineData("Januar", 1)]
    [InlineData("January", 1)]
    [InlineData("Februar", 2)]
    [InlineData("February", 2)]
    [InlineData("März", 3)]
    [InlineData("March", 3)]
    [InlineData("April", 4)]
    [InlineData("Mai", 5)]
    [InlineData("May", 5)]
    [InlineData("Juni", 6)]
    [InlineData("June", 6)]
    [InlineData("Juli", 7)]
    [InlineData("July", 7)]
    [InlineData("August", 8)]
    [InlineData("September", 9)]
    [InlineData("Oktober", 10)]
    [InlineData("October", 10)]
    [InlineData("November", 11)]
    [InlineData("Dezember", 12)]
    [InlineData("December", 12)]
    public void ParsePeriod_MonthWithYear_IsTheMonth(string month, int part)
    {
        Assert.Equal(new Period(PeriodKind.Month, Year: 2024, Part: part), PeriodScanner.ParsePeriod($"{month} 2024"));
    }

    [Theory]
    [InlineData("bis 2028")]
    [InlineData("bis Ende 2028")]
    [InlineData("bis zum Ende 2028")]
    [InlineData("by 2028")]
    [InlineData("by the end of 2028")]
    [InlineData("until end of 2028")]
    [InlineData("through 2028")]
    public void ParsePeriod_Until_IsTheLastYear(string text)
    {
        Assert.Equal(new Period(PeriodKind.Until, ToYear: 2028), PeriodScanner.ParsePeriod(text));
    }

    [Theory]
    [InlineData("2025", 2025)]
    [InlineData("im 1999", 1999)]
    [InlineData("in 2031", 2031)]
    [InlineData("für 2026", 2026)]
    [InlineData("for 2026.", 2026)]
    public void ParsePeriod_Year_IsTheYear(string text, int year)
    {
        Assert.Equal(new Period(PeriodKind.Year, Year: year), PeriodScanner.ParsePeriod(text));
    }

    [Theory]
    [InlineData("Acme plant in den nächsten drei Jahren 5 Mrd. Euro.", 3, "de", "in den nächsten drei Jahren")]
    [InlineData("Acme plant in den nächsten 4 Jahren 5 Mrd. Euro.", 4, "de", "in den nächsten 4 Jahren")]
    [InlineData("Acme plans €5bn over the next 3 years.", 3, "en", "over the next 3 years")]
    [InlineData("Acme plans €5bn in the next five years.", 5, "en", "over the next five years")]
    public void Scan_NextYears_SpansFromThePublicationYear(string sentence, int years, string language, string label)
    {
        var period = PeriodScanner.Scan(sentence, 0, Published);

        Assert.Equal((PeriodKind.NextYears, years, 2025, 2025 + years - 1), (period.Kind, period.Years, period.FromYear, period.ToYear));
        Assert.Equal(label, period.Label!.In(new Language(language)));
    }

    [Fact]
    public void Scan_EndOfTheDecade_IsTheDecadesLastYearPlusOneWithItsLabel()
    {
        var period = PeriodScanner.Scan("Acme plans €5bn by the end of the decade.", 0, new DateOnly(2031, 5, 1));

        Assert.Equal((PeriodKind.Until, 2040), (period.Kind, period.ToYear));
        Assert.Equal("bis zum Ende des Jahrzehnts", period.Label!.In(Language.German));
        Assert.Equal("by the end of the decade", period.Label.In(Language.English));
    }

    [Fact]
    public void Scan_EndOfTheDecadeUndated_IsNoPeriod()
    {
        Assert.Equal(Period.Unspecified, PeriodScanner.Scan("Acme plans €5bn by the end of the decade.", 0, null));
    }

    [Theory]
    [InlineData("In diesem Jahr zahlt Acme 5 Mrd. Euro.")]
    [InlineData("Dieses Jahr zahlt Acme 5 Mrd. Euro.")]
    [InlineData("Acme zahlt im laufenden Jahr 5 Mrd. Euro.")]
    [InlineData("Acme pays €5bn this year.")]
    public void Scan_CurrentYear_IsThePublicationYear(string sentence)
    {
        Assert.Equal(new Period(PeriodKind.Year, Year: 2025), PeriodScanner.Scan(sentence, 0, Published));
    }

    [Theory]
    [InlineData("Im Vorjahr zahlte Acme 5 Mrd. Euro.")]
    [InlineData("Im vergangenen Jahr zahlte Acme 5 Mrd. Euro.")]
    [InlineData("Acme paid €5bn last year.")]
    public void Scan_PreviousYear_IsTheYearBeforePublication(string sentence)
    {
        Assert.Equal(new Period(PeriodKind.Year, Year: 2024), PeriodScanner.Scan(sentence, 0, Published));
    }

    [Theory]
    [InlineData("Im Mai zahlte Acme 5 Mrd. Euro.", null)]
    [InlineData("Acme may pay €5bn.", null)]
    [InlineData("Im Juni zahlte Acme 5 Mrd. Euro.", 6)]
    public void Scan_MonthWithoutYear_TakesThePublicationYearUnlessItIsAnOrdinaryWord(string sentence, int? month)
    {
        var period = PeriodScanner.Scan(sentence, 0, Published);

        Assert.Equal(month is null ? Period.Unspecified : new Period(PeriodKind.Month, Year: 2025, Part: month), period);
    }

    [Fact]
    public void Scan_QuarterWithoutYearInAnUndatedSentenceNamingAYear_TakesThatYear()
    {
        Assert.Equal(new Period(PeriodKind.Half, Year: 2026, Part: 2), PeriodScanner.Scan("2026 zahlt Acme im zweiten Halbjahr 5 Mrd. Euro.", 20, null));
    }

    [Theory]
    [InlineData("Acme zahlt 5 Mrd. Euro für 12.2025 Einheiten.")]
    [InlineData("Acme zahlt 5 Mrd. Euro, Kennung 202501.")]
    [InlineData("Acme zahlt 2025,5 Mrd. Euro.")]
    public void Scan_YearLikeDigitsInsideANumber_AreNoYear(string sentence)
    {
        Assert.Equal(Period.Unspecified, PeriodScanner.Scan(sentence, 0, null));
    }
}
