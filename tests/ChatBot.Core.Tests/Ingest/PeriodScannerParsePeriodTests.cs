using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

public sealed class PeriodScannerParsePeriodTests
{
    public static TheoryData<string, Period> Periods => new()
    {
        { "2025", new Period(PeriodKind.Year, Year: 2025) },
        { "Geschäftsjahr 2025", new Period(PeriodKind.FiscalYear, Year: 2025) },
        { "im Geschäftsjahr 2025", new Period(PeriodKind.FiscalYear, Year: 2025) },
        { "FY25", new Period(PeriodKind.FiscalYear, Year: 2025) },
        { "Q1 2025", new Period(PeriodKind.Quarter, Year: 2025, Part: 1) },
        { "in the first quarter of 2025", new Period(PeriodKind.Quarter, Year: 2025, Part: 1) },
        { "bis 2028", new Period(PeriodKind.Until, ToYear: 2028) },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void ParsePeriod_ModeratorText_ReadsThePeriod(string text, Period expected)
    {
        Assert.Equal(expected, PeriodScanner.ParsePeriod(text));
    }

    [Theory]
    [InlineData("this year")]
    [InlineData("nächstes Jahr irgendwann")]
    [InlineData("2025 und 2026")]
    [InlineData("Q5 2025")]
    public void ParsePeriod_RelativeOrNotOnePeriod_IsNull(string text)
    {
        Assert.Null(PeriodScanner.ParsePeriod(text));
    }
}
