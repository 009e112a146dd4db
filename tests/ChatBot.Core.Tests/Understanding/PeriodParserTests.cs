using ChatBot.Core.Text;
using ChatBot.Core.Understanding;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>The period words of a question on their own, read against a clock in 2026 with the default vocabularies.</summary>
public class PeriodParserTests
{
    private const int ThisYear = 2026;

    private static (PeriodFilter Period, bool[] Consumed) Read(string text)
    {
        var tokens = Tokenizer.Tokenize(TextFolding.Fold(text));
        var consumed = new bool[tokens.Count];
        return (PeriodParser.Parse(tokens, ThisYear, consumed, VocabularyIndex.Default), consumed);
    }

    private static PeriodFilter Parse(string text) => Read(text).Period;

    [Theory]
    [InlineData("2025", true)]
    [InlineData("1990", true)]
    [InlineData("2100", true)]
    [InlineData("1989", false)]
    [InlineData("2101", false)]
    [InlineData("202", false)]
    [InlineData("20250", false)]
    [InlineData("fy25", false)]
    public void IsYearToken_OnlyFourDigitYearsInRange(string token, bool expected)
    {
        Assert.Equal(expected, PeriodParser.IsYearToken(token));
    }

    [Fact]
    public void Parse_NoPeriodWords_IsNone()
    {
        var (period, consumed) = Read("acme invests");

        Assert.Same(PeriodFilter.None, period);
        Assert.DoesNotContain(true, consumed);
    }

    [Fact]
    public void Parse_RepeatedYears_KeepsQuestionOrderOnce()
    {
        var (period, consumed) = Read("2025 acme 2024 2025");

        Assert.Equal([2025, 2024], period.Years);
        Assert.Equal([true, false, true, true], consumed);
        Assert.False(period.IsRelative);
        Assert.False(period.FiscalYear);
    }

    [Theory]
    [InlineData("acme 1989")]
    [InlineData("acme 2101")]
    [InlineData("acme 20255")]
    public void Parse_NumberOutsideTheYears_IsNoYear(string text)
    {
        Assert.Same(PeriodFilter.None, Parse(text));
    }

    [Theory]
    [InlineData("acme fy25", 2025)]
    [InlineData("acme fy2024", 2024)]
    [InlineData("acme gj26", 2026)]
    public void Parse_FiscalShorthand_IsFiscalYear(string text, int year)
    {
        var (period, consumed) = Read(text);

        Assert.Equal([year], period.Years);
        Assert.True(period.FiscalYear);
        Assert.False(period.IsRelative);
        Assert.True(consumed[1]);
    }

    [Theory]
    [InlineData("acme fy5")]
    [InlineData("acme fy202")]
    [InlineData("acme fyab")]
    [InlineData("acme fy20256")]
    public void Parse_FiscalPrefixWithoutTwoOrFourDigits_IsNoYear(string text)
    {
        Assert.Same(PeriodFilter.None, Parse(text));
    }

    [Theory]
    [InlineData("fiscal 2025")]
    [InlineData("fiscal year 2025")]
    [InlineData("Geschäftsjahr 2025")]
    [InlineData("2025 fiscal")]
    public void Parse_FiscalWordNearYear_IsFiscalYear(string text)
    {
        var period = Parse(text);

        Assert.Equal([2025], period.Years);
        Assert.True(period.FiscalYear);
    }

    [Fact]
    public void Parse_FiscalWordTwoWordsAway_IsCalendarYearUnlessFiscalWordSaysSo()
    {
        // "fiscal" reaches a year at most two words later; the fiscal word itself still marks the question.
        Assert.True(Parse("fiscal acme invests 2025").FiscalYear);
        Assert.False(Parse("acme invests 2025").FiscalYear);
    }

    [Fact]
    public void Parse_OnlyAFiscalWord_IsNone()
    {
        var (period, consumed) = Read("acme fiscal");

        Assert.Same(PeriodFilter.None, period);
        Assert.Equal([false, true], consumed);
    }

    [Theory]
    [InlineData("acme q1 2025", 1)]
    [InlineData("acme q4 2025", 4)]
    [InlineData("acme Q2 2025", 2)]
    public void Parse_QuarterShorthand_IsQuarter(string text, int quarter)
    {
        var (period, consumed) = Read(text);

        Assert.Equal(quarter, period.Quarter);
        Assert.Equal([2025], period.Years);
        Assert.Equal([false, true, true], consumed);
    }

    [Theory]
    [InlineData("acme q0 2025")]
    [InlineData("acme q5 2025")]
    [InlineData("acme x1 2025")]
    [InlineData("acme h3 2025")]
    [InlineData("acme h0 2025")]
    public void Parse_NoSuchQuarterOrHalf_IsTheYearOnly(string text)
    {
        var (period, consumed) = Read(text);

        Assert.Null(period.Quarter);
        Assert.Null(period.Half);
        Assert.Equal([2025], period.Years);
        Assert.False(consumed[1]);
    }

    [Theory]
    [InlineData("acme h1 2025", 1)]
    [InlineData("acme h2 2025", 2)]
    public void Parse_HalfShorthand_IsHalf(string text, int half)
    {
        var (period, consumed) = Read(text);

        Assert.Equal(half, period.Half);
        Assert.Null(period.Quarter);
        Assert.True(consumed[1]);
    }

    [Theory]
    [InlineData("2025 nicht q1")]
    [InlineData("2025 not h1")]
    [InlineData("2025 not the first quarter")]
    [InlineData("2025 nicht im zweiten Halbjahr")]
    public void Parse_NegatedPart_IsNotAsked(string text)
    {
        var period = Parse(text);

        Assert.Null(period.Quarter);
        Assert.Null(period.Half);
        Assert.Equal([2025], period.Years);
    }

    [Theory]
    [InlineData("acme quarter 2 2025", 2, new[] { false, true, true, true })]
    [InlineData("acme third quarter 2025", 3, new[] { false, true, true, true })]
    [InlineData("acme im vierten Quartal 2025", 4, new[] { false, false, true, true, true })]
    public void Parse_QuarterWordWithOrdinal_ConsumesTheOrdinal(string text, int quarter, bool[] consumed)
    {
        var read = Read(text);

        Assert.Equal(quarter, read.Period.Quarter);
        Assert.Equal(consumed, read.Consumed);
    }

    [Theory]
    [InlineData("acme second half 2025", 2)]
    [InlineData("acme Halbjahr 1 2025", 1)]
    public void Parse_HalfWordWithOrdinal_IsHalf(string text, int half)
    {
        var (period, consumed) = Read(text);

        Assert.Equal(half, period.Half);
        Assert.Equal([false, true, true, true], consumed);
    }

    [Theory]
    [InlineData("acme third half 2025")]
    [InlineData("acme half 2025")]
    [InlineData("acme quarter 2025")]
    public void Parse_PartWordWithoutFittingOrdinal_IsTheYearOnly(string text)
    {
        var period = Parse(text);

        Assert.Null(period.Half);
        Assert.Null(period.Quarter);
        Assert.Equal([2025], period.Years);
    }

    [Fact]
    public void Parse_MonthBeforeYear_IsMonth()
    {
        var (period, consumed) = Read("acme march 2025");

        Assert.Equal(3, period.Month);
        Assert.Equal([2025], period.Years);
        Assert.Equal([false, true, true], consumed);
    }

    [Theory]
    [InlineData("acme may invest")]
    [InlineData("acme march")]
    public void Parse_MonthWithoutYear_IsNoMonth(string text)
    {
        var (period, consumed) = Read(text);

        Assert.Same(PeriodFilter.None, period);
        Assert.DoesNotContain(true, consumed);
    }

    [Theory]
    [InlineData("jan to march 2025", 1, null)]
    [InlineData("april bis juni 2025", 2, null)]
    [InlineData("jul to sep 2025", 3, null)]
    [InlineData("oct to dec 2025", 4, null)]
    [InlineData("jan march 2025", 1, null)]
    [InlineData("january to june 2025", null, 1)]
    [InlineData("jul to dec 2025", null, 2)]
    public void Parse_MonthRangeOfAQuarterOrHalf_IsThatPart(string text, int? quarter, int? half)
    {
        var (period, consumed) = Read(text);

        Assert.Equal(quarter, period.Quarter);
        Assert.Equal(half, period.Half);
        Assert.Null(period.Month);
        Assert.Equal([2025], period.Years);
        Assert.DoesNotContain(false, consumed);
    }

    [Theory]
    [InlineData("feb to apr 2025")]
    [InlineData("jan to feb 2025")]
    [InlineData("jan to dec 2025")]
    [InlineData("march to may 2025")]
    public void Parse_MonthRangeOfNoPart_IsTheYear(string text)
    {
        var (period, consumed) = Read(text);

        Assert.Null(period.Quarter);
        Assert.Null(period.Half);
        Assert.Null(period.Month);
        Assert.Equal([2025], period.Years);
        Assert.DoesNotContain(false, consumed);
    }

    [Fact]
    public void Parse_MonthsBackwards_IsNoRange()
    {
        // "March to January" is no range; "January 2025" still names a month.
        var (period, consumed) = Read("march to jan 2025");

        Assert.Equal(1, period.Month);
        Assert.Null(period.Quarter);
        Assert.Equal([false, false, true, true], consumed);
    }

    [Fact]
    public void Parse_RangeWordAtTheEnd_IsNoRange()
    {
        Assert.Same(PeriodFilter.None, Parse("acme jan to"));
    }

    [Theory]
    [InlineData("acme this year", 2026)]
    [InlineData("acme last year", 2025)]
    [InlineData("acme dieses Jahr", 2026)]
    [InlineData("acme letztes Jahr", 2025)]
    [InlineData("acme heuer", 2026)]
    public void Parse_RelativeYear_IsResolvedAndRelative(string text, int year)
    {
        var (period, consumed) = Read(text);

        Assert.Equal([year], period.Years);
        Assert.True(period.IsRelative);
        Assert.True(consumed[^1]);
        Assert.False(consumed[0]);
    }

    [Theory]
    [InlineData("acme next year")]
    [InlineData("acme nächstes Jahr")]
    [InlineData("acme im kommenden Jahr")]
    public void Parse_NextYear_IsResolvedButNotLoose(string text)
    {
        var period = Parse(text);

        // The newest figures stand in for "this year", never for a year still to come.
        Assert.Equal([2027], period.Years);
        Assert.False(period.IsRelative);
    }

    [Fact]
    public void Parse_YearWordWithoutModifier_IsNoYear()
    {
        Assert.Same(PeriodFilter.None, Parse("acme year"));
    }

    [Fact]
    public void Parse_RelativeAndNamedYear_IsNotRelative()
    {
        var period = Parse("acme this year and 2024");

        Assert.Equal([2026, 2024], period.Years);
        Assert.False(period.IsRelative);
    }

    [Fact]
    public void Parse_RelativeYearNextToAnUntilOrExcludedYear_StaysRelative()
    {
        var until = Parse("this year until 2030");
        var excluded = Parse("this year, not 2024");

        Assert.True(until is { IsRelative: true, UntilYear: 2030, Years: [2026] });
        Assert.True(excluded is { IsRelative: true, Years: [2026], ExcludedYears: [2024] });
    }

    [Theory]
    [InlineData("acme 2025 previous year", new[] { 2024, 2025 })]
    [InlineData("acme 2025 year before", new[] { 2024, 2025 })]
    [InlineData("acme 2025 Vorjahr", new[] { 2024, 2025 })]
    [InlineData("acme 2025 des vorigen Jahres", new[] { 2024, 2025 })]
    [InlineData("acme 2025 2026 vorjahr", new[] { 2024, 2025, 2026 })]
    [InlineData("acme 2026 2024 vorjahr", new[] { 2026, 2023, 2024 })]
    [InlineData("acme vorjahr", new[] { 2025 })]
    [InlineData("acme this year vs the previous year", new[] { 2026, 2025 })]
    [InlineData("acme last year vs the previous year", new[] { 2025 })]
    public void Parse_YearBefore_IsTheYearBeforeTheNamedOne(string text, int[] years)
    {
        Assert.Equal(years, Parse(text).Years);
    }

    [Fact]
    public void Parse_YearBeforeFollower_IsConsumedWithTheYearWord()
    {
        var (_, consumed) = Read("acme 2025 year before");

        Assert.Equal([false, true, true, true], consumed);
    }

    [Fact]
    public void Parse_YearBeforeAlone_IsRelative()
    {
        Assert.True(Parse("acme vorjahr").IsRelative);
        Assert.False(Parse("acme 2025 vorjahr").IsRelative);
    }

    [Theory]
    [InlineData("acme until 2030", 2030)]
    [InlineData("acme bis 2028", 2028)]
    [InlineData("acme by 2028", 2028)]
    [InlineData("acme by the end of 2027", 2027)]
    [InlineData("acme by end 2026", 2026)]
    [InlineData("acme bis Ende 2026", 2026)]
    [InlineData("acme until the end of 2030", 2030)]
    [InlineData("acme bis Ende des Jahres 2027", 2027)]
    public void Parse_UntilYear_IsUntil(string text, int until)
    {
        var (period, consumed) = Read(text);

        Assert.Equal(until, period.UntilYear);
        Assert.Empty(period.Years);
        Assert.True(consumed[^1]);
    }

    [Theory]
    [InlineData("Wie viel investiert Acme bis zum Ende des Jahres 2027?", 2027)]
    [InlineData("acme until the end of the year 2030", 2030)]
    public void Parse_UntilFiveWordsBeforeTheYear_IsUntil(string text, int until)
    {
        Assert.Equal(until, Parse(text).UntilYear);
    }

    [Fact]
    public void Parse_UntilSixWordsBeforeTheYear_IsNotUntil()
    {
        Assert.Null(Parse("acme until the of the of the end 2030").UntilYear);
    }

    [Theory]
    [InlineData("acme by 2027", 2027)]
    [InlineData("acme by 2026", 2026)]
    [InlineData("acme until acme 2030", 2030)]
    [InlineData("acme until of the of the 2030", 2030)]
    public void Parse_YearNotBoundByUntil_IsAskedYear(string text, int year)
    {
        var period = Parse(text);

        Assert.Null(period.UntilYear);
        Assert.Equal([year], period.Years);
    }

    [Theory]
    [InlineData("acme not 2024", 2024)]
    [InlineData("acme not x x x 2024", 2024)]
    [InlineData("acme ohne 2024", 2024)]
    [InlineData("acme not just 2024", 2024)]
    public void Parse_NegatedYear_IsExcluded(string text, int year)
    {
        var (period, consumed) = Read(text);

        Assert.Equal([year], period.ExcludedYears);
        Assert.Empty(period.Years);
        Assert.True(consumed[^1]);
    }

    [Theory]
    [InlineData("not x x x x 2024")]
    [InlineData("not acme but 2024")]
    [InlineData("not 2023 2024")]
    [InlineData("just 2024")]
    [InlineData("acme just 2024")]
    [InlineData("not rather 2024")]
    public void Parse_YearOutsideTheNegation_IsAsked(string text)
    {
        Assert.Contains(2024, Parse(text).Years);
        Assert.DoesNotContain(2024, Parse(text).ExcludedYears);
    }

    [Theory]
    [InlineData("acme by the end of the decade")]
    [InlineData("bis Ende des Jahrzehnts")]
    [InlineData("end x x decade")]
    public void Parse_EndOfDecade_IsUntilTheDecadesLastYear(string text)
    {
        var (period, consumed) = Read(text);

        Assert.Equal(2030, period.UntilYear);
        Assert.True(consumed[^1]);
    }

    [Theory]
    [InlineData("acme decade")]
    [InlineData("end x x x decade")]
    [InlineData("decade end")]
    public void Parse_DecadeWithoutEnd_IsNoPeriod(string text)
    {
        Assert.Null(Parse(text).UntilYear);
    }
}
