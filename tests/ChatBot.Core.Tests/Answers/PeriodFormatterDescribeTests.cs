using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>What <see cref="PeriodFormatter.Describe"/> writes for the period a question asks about, in both languages.</summary>
public sealed class PeriodFormatterDescribeTests
{
    public static TheoryData<PeriodFilter, string, string> Filters => new()
    {
        { new PeriodFilter([2025]), "2025", "2025" },
        { new PeriodFilter([2024, 2025]), "2024 und 2025", "2024 and 2025" },
        { new PeriodFilter([2025], FiscalYear: true), "Geschäftsjahr 2025", "fiscal year 2025" },
        { new PeriodFilter([2025], Quarter: 2), "2. Quartal 2025", "Q2 2025" },
        { new PeriodFilter([2025], Half: 1), "1. Halbjahr 2025", "H1 2025" },
        { new PeriodFilter([2025], Month: 3), "März 2025", "March 2025" },
        { new PeriodFilter([2025], FiscalYear: true, Quarter: 1), "1. Quartal Geschäftsjahr 2025", "Q1 fiscal year 2025" },
        { new PeriodFilter([2025], Quarter: 1, Half: 2, Month: 5), "1. Quartal 2025", "Q1 2025" },
        { new PeriodFilter([2025], Half: 2, Month: 5), "2. Halbjahr 2025", "H2 2025" },
        { new PeriodFilter([], Month: 5), "Mai", "May" },
        { new PeriodFilter([2025], UntilYear: 2028), "bis 2028", "until 2028" },
        { PeriodFilter.None, "", "" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Describe_EachFilter_IsWrittenPerLanguage(PeriodFilter period, string german, string english)
    {
        Assert.Equal(german, PeriodFormatter.Describe(period, PhraseBooks.German.Periods));
        Assert.Equal(english, PeriodFormatter.Describe(period, PhraseBooks.English.Periods));
    }

    [Fact]
    public void Format_GivenPhrases_UsedInsteadOfTheLanguagesDefault() =>
        Assert.Equal("Geschäftsjahr 2025", PeriodFormatter.Format(new Period(PeriodKind.FiscalYear, 2025), Language.English, PhraseBooks.German.Periods));
}
