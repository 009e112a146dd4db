using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Answers;

/// <summary>What <see cref="PeriodFormatter.Format(Period, Language)"/> writes, in both languages.</summary>
public class PeriodFormatterOutputTests
{
    public static TheoryData<Period, string, string> Periods => new()
    {
        { new Period(PeriodKind.Year, 2025), "2025", "2025" },
        { new Period(PeriodKind.FiscalYear, 2025), "Geschäftsjahr 2025", "fiscal year 2025" },
        { new Period(PeriodKind.Quarter, 2025, 3), "3. Quartal 2025", "Q3 2025" },
        { new Period(PeriodKind.Half, 2024, 2), "2. Halbjahr 2024", "H2 2024" },
        { new Period(PeriodKind.Month, 2025, 3), "März 2025", "March 2025" },
        { new Period(PeriodKind.Month, 2025), "Januar 2025", "January 2025" },
        { new Period(PeriodKind.Date, Date: new DateOnly(2024, 8, 1)), "1. August 2024", "1 August 2024" },
        { new Period(PeriodKind.Date), "", "" },
        { new Period(PeriodKind.Until, FromYear: 2025, ToYear: 2028), "2025 bis 2028", "2025 until 2028" },
        { new Period(PeriodKind.Until, ToYear: 2030), "bis 2030", "until 2030" },
        { new Period(PeriodKind.Range, FromYear: 2025, ToYear: 2027), "2025–2027", "2025–2027" },
        { new Period(PeriodKind.NextYears, FromYear: 2025, Years: 4), "4 Jahre ab 2025", "4 years from 2025" },
        { new Period(PeriodKind.NextYears, Years: 5), "in den nächsten 5 Jahren", "over the next 5 years" },
        { new Period(PeriodKind.CurrentYear), "im laufenden Jahr (Jahr im Artikel nicht genannt)", "the current year (year not stated in the article)" },
        { Period.Unspecified, "Zeitraum nicht genannt", "period not stated" },
        { new Period(PeriodKind.Year, 2025, Label: TestFacts.Text("Sommer 2025", "summer 2025")), "Sommer 2025", "summer 2025" },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void Format_EachPeriodKind_IsWrittenPerLanguage(Period period, string german, string english)
    {
        Assert.Equal(german, PeriodFormatter.Format(period, Language.German));
        Assert.Equal(english, PeriodFormatter.Format(period, Language.English));
    }

    [Fact]
    public void Format_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PeriodFormatter.Format(null!, Language.German));
    }
}
