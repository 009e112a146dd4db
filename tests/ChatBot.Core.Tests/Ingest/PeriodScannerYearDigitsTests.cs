using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

/// <summary>A year is four digits: a longer number beginning with 19 or 20 names no year, in any period form.</summary>
public sealed class PeriodScannerYearDigitsTests
{
    [Theory]
    [InlineData("Acme zahlt 20250 Euro.")]
    [InlineData("Acme zahlt 19990 Euro.")]
    [InlineData("Acme zahlt 202500 Euro.")]
    [InlineData("Acme zahlt bis 20250 Euro.")]
    [InlineData("Acme zahlt im Geschäftsjahr 20250 Euro.")]
    [InlineData("Acme zahlt im Oktober 20250 Euro.")]
    [InlineData("Acme zahlt im ersten Quartal 20250 Euro.")]
    [InlineData("Acme zahlt im zweiten Halbjahr 20250 Euro.")]
    [InlineData("Acme pays 20250 dollars in Q1 20250.")]
    public void Scan_NumberOfFiveDigitsOrMore_IsNoYear(string sentence)
    {
        Assert.Equal(Period.Unspecified, PeriodScanner.Scan(sentence, sentence.IndexOf('2', StringComparison.Ordinal), published: null));
    }

    [Theory]
    [InlineData("Acme zahlt 2025 rund 5 Mrd. Euro.", PeriodKind.Year, 2025)]
    [InlineData("Acme zahlt 5 Mrd. Euro im Jahr 2025.", PeriodKind.Year, 2025)]
    [InlineData("Acme zahlt 5 Mrd. Euro im Jahr 2025, sagt Meta.", PeriodKind.Year, 2025)]
    [InlineData("Acme zahlt bis 2028 rund 5 Mrd. Euro.", PeriodKind.Until, 2028)]
    [InlineData("Acme zahlt im Geschäftsjahr 2025 rund 5 Mrd. Euro.", PeriodKind.FiscalYear, 2025)]
    [InlineData("Acme zahlt im Oktober 2025 rund 5 Mrd. Euro.", PeriodKind.Month, 2025)]
    public void Scan_FourDigitYear_IsStillAYear(string sentence, PeriodKind kind, int year)
    {
        var period = PeriodScanner.Scan(sentence, sentence.IndexOf('5', StringComparison.Ordinal), published: null);

        Assert.Equal((kind, year), (period.Kind, period.SortYear));
    }

    [Theory]
    [InlineData("20250")]
    [InlineData("Geschäftsjahr 20250")]
    [InlineData("bis 20250")]
    public void ParsePeriod_NumberOfFiveDigits_IsNoPeriod(string text)
    {
        Assert.Null(PeriodScanner.ParsePeriod(text));
    }
}
