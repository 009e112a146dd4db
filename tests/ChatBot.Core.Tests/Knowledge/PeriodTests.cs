using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Knowledge;

public class PeriodTests
{
    [Theory]
    [InlineData(PeriodKind.Year, 2025, true)]
    [InlineData(PeriodKind.FiscalYear, 2025, true)]
    [InlineData(PeriodKind.Quarter, 2025, true)]
    [InlineData(PeriodKind.Half, 2025, true)]
    [InlineData(PeriodKind.Month, 2025, true)]
    [InlineData(PeriodKind.Year, 2024, false)]
    [InlineData(PeriodKind.Until, 2025, false)]
    [InlineData(PeriodKind.Range, 2025, false)]
    public void IsWithinYear_PeriodsOfOneYear_MatchTheirYearOnly(PeriodKind kind, int year, bool expected)
    {
        Assert.Equal(expected, new Period(kind, year, FromYear: 2024, ToYear: 2026).IsWithinYear(2025));
    }

    [Fact]
    public void IsWithinYear_Date_UsesTheDatesYear()
    {
        Assert.True(new Period(PeriodKind.Date, Date: new DateOnly(2025, 3, 1)).IsWithinYear(2025));
        Assert.False(new Period(PeriodKind.Date, Date: new DateOnly(2025, 3, 1)).IsWithinYear(2024));
        Assert.False(new Period(PeriodKind.Date).IsWithinYear(2025));
    }

    [Theory]
    [InlineData(2024, true)]
    [InlineData(2025, true)]
    [InlineData(2027, true)]
    [InlineData(2023, false)]
    [InlineData(2028, false)]
    public void Touches_Range_EveryYearFromFirstToLast(int year, bool expected)
    {
        Assert.Equal(expected, new Period(PeriodKind.Range, FromYear: 2024, ToYear: 2027).Touches(year));
    }

    [Theory]
    [InlineData(2030, true)]
    [InlineData(2020, true)]
    [InlineData(2019, false)]
    [InlineData(2031, false)]
    public void Touches_UntilWithoutStart_TheTenYearsBeforeItsEnd(int year, bool expected)
    {
        Assert.Equal(expected, new Period(PeriodKind.Until, ToYear: 2030).Touches(year));
    }

    [Fact]
    public void Touches_YearOfItsOwn_IsTrue()
    {
        Assert.True(new Period(PeriodKind.Year, 2025).Touches(2025));
        Assert.False(new Period(PeriodKind.Year, 2025).Touches(2026));
    }

    [Theory]
    [InlineData(PeriodKind.Until, 2030)]
    [InlineData(PeriodKind.Range, 2030)]
    [InlineData(PeriodKind.NextYears, 2030)]
    [InlineData(PeriodKind.Year, 2025)]
    [InlineData(PeriodKind.Quarter, 2025)]
    public void SortYear_SpansSortByTheirEndOthersByTheirYear(PeriodKind kind, int expected)
    {
        Assert.Equal(expected, new Period(kind, 2025, FromYear: 2026, ToYear: 2030).SortYear);
    }

    [Fact]
    public void SortYear_SpanWithoutEnd_UsesItsStartAndDateUsesItsYear()
    {
        Assert.Equal(2026, new Period(PeriodKind.NextYears, FromYear: 2026).SortYear);
        Assert.Equal(2024, new Period(PeriodKind.Date, Date: new DateOnly(2024, 8, 1)).SortYear);
        Assert.Null(Period.Unspecified.SortYear);
    }
}
