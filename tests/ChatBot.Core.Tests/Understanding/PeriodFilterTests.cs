using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

public class PeriodFilterTests
{
    private static readonly Period Year2025 = new(PeriodKind.Year, 2025, FromYear: 2025, ToYear: 2025);
    private static readonly Period Q1Of2025 = new(PeriodKind.Quarter, 2025, Part: 1, FromYear: 2025, ToYear: 2025);
    private static readonly Period Q2Of2025 = new(PeriodKind.Quarter, 2025, Part: 2, FromYear: 2025, ToYear: 2025);
    private static readonly Period H1Of2025 = new(PeriodKind.Half, 2025, Part: 1, FromYear: 2025, ToYear: 2025);
    private static readonly Period H2Of2025 = new(PeriodKind.Half, 2025, Part: 2, FromYear: 2025, ToYear: 2025);
    private static readonly Period MarchOf2025 = new(PeriodKind.Month, 2025, Part: 3, FromYear: 2025, ToYear: 2025);
    private static readonly Period UntilEnd2028 = new(PeriodKind.Until, ToYear: 2028);
    private static readonly Period Years2024To2027 = new(PeriodKind.Range, FromYear: 2024, ToYear: 2027);

    [Fact]
    public void None_IsEmpty()
    {
        Assert.True(PeriodFilter.None.IsEmpty);
        Assert.Empty(PeriodFilter.None.Years);
    }

    [Theory]
    [InlineData(2025, null, null, null)]
    [InlineData(null, 2028, null, null)]
    [InlineData(null, null, 1, null)]
    [InlineData(null, null, null, 2)]
    public void IsEmpty_AnyYearUntilQuarterOrHalf_IsNotEmpty(int? year, int? until, int? quarter, int? half)
    {
        var filter = new PeriodFilter(year is { } y ? [y] : [], UntilYear: until, Quarter: quarter, Half: half);

        Assert.False(filter.IsEmpty);
    }

    [Fact]
    public void IsEmpty_OnlyAMonth_IsEmpty()
    {
        // A month without a year is no period the figures can be filtered by.
        Assert.True(new PeriodFilter([], Month: 3).IsEmpty);
    }

    [Fact]
    public void MatchesExactly_Until_OnlyAnUntilPeriodEndingThatYear()
    {
        var filter = new PeriodFilter([], UntilYear: 2028);

        Assert.True(filter.MatchesExactly(UntilEnd2028));
        Assert.False(filter.MatchesExactly(new Period(PeriodKind.Until, ToYear: 2027)));
        Assert.False(filter.MatchesExactly(new Period(PeriodKind.Range, FromYear: 2025, ToYear: 2028)));
    }

    [Fact]
    public void MatchesExactly_Year_MatchesThatYearOnly()
    {
        var filter = new PeriodFilter([2025]);

        Assert.True(filter.MatchesExactly(Year2025));
        Assert.True(filter.MatchesExactly(Q1Of2025));
        Assert.False(filter.MatchesExactly(new Period(PeriodKind.Year, 2024)));
    }

    [Fact]
    public void MatchesExactly_SeveralYears_MatchesAnyOfThem()
    {
        var filter = new PeriodFilter([2024, 2025]);

        Assert.True(filter.MatchesExactly(Year2025));
        Assert.True(filter.MatchesExactly(new Period(PeriodKind.Year, 2024)));
        Assert.False(filter.MatchesExactly(new Period(PeriodKind.Year, 2023)));
    }

    [Fact]
    public void MatchesExactly_Quarter_RequiresThatQuarter()
    {
        var filter = new PeriodFilter([2025], Quarter: 1);

        Assert.True(filter.MatchesExactly(Q1Of2025));
        Assert.False(filter.MatchesExactly(Q2Of2025));
        Assert.False(filter.MatchesExactly(Year2025));
        Assert.False(filter.MatchesExactly(new Period(PeriodKind.Half, 2025, Part: 1)));
        Assert.False(filter.MatchesExactly(new Period(PeriodKind.Quarter, 2024, Part: 1)));
    }

    [Fact]
    public void MatchesExactly_Half_RequiresThatHalf()
    {
        var filter = new PeriodFilter([2025], Half: 1);

        Assert.True(filter.MatchesExactly(H1Of2025));
        Assert.False(filter.MatchesExactly(H2Of2025));
        Assert.False(filter.MatchesExactly(Year2025));
        Assert.False(filter.MatchesExactly(Q1Of2025));
    }

    [Fact]
    public void MatchesExactly_Month_RequiresThatMonth()
    {
        var filter = new PeriodFilter([2025], Month: 3);

        Assert.True(filter.MatchesExactly(MarchOf2025));
        Assert.False(filter.MatchesExactly(new Period(PeriodKind.Month, 2025, Part: 4)));
        Assert.False(filter.MatchesExactly(Year2025));
        Assert.False(filter.MatchesExactly(new Period(PeriodKind.Quarter, 2025, Part: 3)));
    }

    [Fact]
    public void MatchesExactly_NoPeriodAsked_MatchesAnything()
    {
        Assert.True(PeriodFilter.None.MatchesExactly(Year2025));
        Assert.True(PeriodFilter.None.MatchesExactly(Period.Unspecified));
    }

    [Fact]
    public void Overlaps_Until_AnyPeriodEndingByThatYear()
    {
        var filter = new PeriodFilter([], UntilYear: 2026);

        Assert.True(filter.Overlaps(Year2025));
        Assert.True(filter.Overlaps(new Period(PeriodKind.Year, 2026)));
        Assert.False(filter.Overlaps(new Period(PeriodKind.Year, 2027)));
        Assert.False(filter.Overlaps(Period.Unspecified));
    }

    [Fact]
    public void Overlaps_Year_IncludesPlansSpanningIt()
    {
        var filter = new PeriodFilter([2026]);

        Assert.True(filter.Overlaps(Years2024To2027));
        Assert.True(filter.Overlaps(UntilEnd2028));
        Assert.True(filter.Overlaps(new Period(PeriodKind.Year, 2026)));
        Assert.False(filter.Overlaps(Year2025));
        Assert.False(filter.Overlaps(new Period(PeriodKind.Range, FromYear: 2027, ToYear: 2030)));
    }

    [Fact]
    public void Overlaps_QuarterWithoutYear_IsAnExactMatch()
    {
        var filter = new PeriodFilter([], Quarter: 1);

        Assert.True(filter.Overlaps(Q1Of2025));
        Assert.False(filter.Overlaps(Q2Of2025));
    }

    [Fact]
    public void Overlaps_QuarterOfAYear_IncludesTheWholeYear()
    {
        var filter = new PeriodFilter([2025], Quarter: 1);

        Assert.True(filter.Overlaps(Year2025));
        Assert.True(filter.Overlaps(Q2Of2025));
        Assert.False(filter.Overlaps(new Period(PeriodKind.Year, 2024)));
    }
}
