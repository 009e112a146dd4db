using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

public sealed class PeriodScannerTests
{
    private static readonly DateOnly Published = new(2025, 3, 15);

    [Theory]
    [InlineData("Microsoft investiert 2025 rund 80 Milliarden.", PeriodKind.Year, 2025, null, null)]
    [InlineData("Im Geschäftsjahr 2025 fließen 80 Milliarden.", PeriodKind.FiscalYear, 2025, null, null)]
    [InlineData("Acme plans $80bn for FY25.", PeriodKind.FiscalYear, 2025, null, null)]
    [InlineData("16 bis 18 Milliarden sollen im ersten Quartal fließen.", PeriodKind.Quarter, 2025, 1, null)]
    [InlineData("Acme spent $4bn in Q2 2024.", PeriodKind.Quarter, 2024, 2, null)]
    [InlineData("Meta will bis 2028 rund 600 Milliarden investieren.", PeriodKind.Until, null, null, 2028)]
    [InlineData("Acme will spend $50bn this year.", PeriodKind.Year, 2025, null, null)]
    [InlineData("Im Vorjahr waren es 83 Milliarden.", PeriodKind.Year, 2024, null, null)]
    [InlineData("Im Juni 2025 gab es einen Deal über 30 Milliarden.", PeriodKind.Month, 2025, 6, null)]
    [InlineData("Bis zum Ende des Jahrzehnts fließen drei bis vier Billionen.", PeriodKind.Until, null, null, 2030)]
    [InlineData("Sie investieren in den nächsten vier Jahren 500 Milliarden.", PeriodKind.NextYears, null, null, 2028)]
    public void Scan_PublishedArticle_ResolvesPeriod(string sentence, PeriodKind kind, int? year, int? part, int? toYear)
    {
        var period = PeriodScanner.Scan(sentence, sentence.IndexOf("Milliarden", StringComparison.Ordinal) is var i and >= 0 ? i : sentence.IndexOf('$'), Published);

        Assert.Equal(kind, period.Kind);
        Assert.Equal(year, period.Year);
        Assert.Equal(part, period.Part);
        Assert.Equal(toYear, period.ToYear);
    }

    [Theory]
    [InlineData("Acme will spend $50bn this year.", PeriodKind.CurrentYear)]
    [InlineData("16 bis 18 Milliarden sollen im ersten Quartal fließen.", PeriodKind.Unspecified)]
    [InlineData("Acme spent $50bn.", PeriodKind.Unspecified)]
    public void Scan_UndatedArticle_KeepsRelativePeriodOrNone(string sentence, PeriodKind kind)
    {
        Assert.Equal(kind, PeriodScanner.Scan(sentence, 0, published: null).Kind);
    }
}
