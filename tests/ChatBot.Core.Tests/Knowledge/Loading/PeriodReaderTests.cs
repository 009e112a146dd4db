using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Knowledge.Loading;

public class PeriodReaderTests
{
    private const string Year2025 = "{ year: 2025 }";

    public static TheoryData<string, Period> ValidPeriods => new()
    {
        { "{ year: 2025 }", new Period(PeriodKind.Year, 2025) },
        { "{ fiscal_year: 2026 }", new Period(PeriodKind.FiscalYear, 2026) },
        { "{ year: 2025, quarter: 1 }", new Period(PeriodKind.Quarter, 2025, 1) },
        { "{ year: 2025, quarter: 4 }", new Period(PeriodKind.Quarter, 2025, 4) },
        { "{ fiscal_year: 2026, quarter: 3 }", new Period(PeriodKind.Quarter, 2026, 3) },
        { "{ year: 2025, half: 1 }", new Period(PeriodKind.Half, 2025, 1) },
        { "{ year: 2025, half: 2 }", new Period(PeriodKind.Half, 2025, 2) },
        { "{ month: 2025-03 }", new Period(PeriodKind.Month, 2025, 3) },
        { "{ date: 2025-03-14 }", new Period(PeriodKind.Date, 2025, Date: new DateOnly(2025, 3, 14)) },
        { "{ until: 2030 }", new Period(PeriodKind.Until, ToYear: 2030) },
        { "{ from: 2025, until: 2030 }", new Period(PeriodKind.Until, FromYear: 2025, ToYear: 2030) },
        { "{ from: 2025, years: 4 }", new Period(PeriodKind.NextYears, FromYear: 2025, ToYear: 2028, Years: 4) },
        { "{ years: 4 }", new Period(PeriodKind.NextYears, Years: 4) },
        { "{ from: 2025, to: 2028 }", new Period(PeriodKind.Range, FromYear: 2025, ToYear: 2028) },
        { "{ from: 2025, to: 2025 }", new Period(PeriodKind.Range, FromYear: 2025, ToYear: 2025) },
        { "{ from: 2025 }", new Period(PeriodKind.Range, FromYear: 2025) },
        { "{ current_year: true }", new Period(PeriodKind.CurrentYear) },
        { "{ current_year: false }", Period.Unspecified },
        { "{ year: 1990 }", new Period(PeriodKind.Year, 1990) },
        { "{ year: 2100 }", new Period(PeriodKind.Year, 2100) },
        { "null", Period.Unspecified },
        { "{}", Period.Unspecified },
    };

    [Theory]
    [MemberData(nameof(ValidPeriods))]
    public void Read_ValidPeriod_BuildsThePeriod(string yaml, Period expected)
    {
        var fact = OneFact.Loaded(OneFact.LoadWith(Year2025, yaml));

        Assert.Equal(expected, fact.Period);
    }

    [Fact]
    public void Read_NoPeriod_IsUnspecified()
    {
        var fact = OneFact.Loaded(OneFact.LoadWith("    period: { year: 2025 }\n", string.Empty));

        Assert.Equal(Period.Unspecified, fact.Period);
    }

    [Fact]
    public void Read_Label_IsKeptInEveryLanguage()
    {
        var fact = OneFact.Loaded(OneFact.LoadWith(Year2025, "{ fiscal_year: 2025, label: { de: GJ 2025, en: FY 2025 } }"));

        Assert.Equal(PeriodKind.FiscalYear, fact.Period.Kind);
        Assert.Equal("GJ 2025", fact.Period.Label!.In(Language.German));
        Assert.Equal("FY 2025", fact.Period.Label.In(Language.English));
    }

    [Theory]
    [InlineData("{ year: 2025, quarter: 5 }", "quarter must be 1 to 4, not 5")]
    [InlineData("{ year: 2025, quarter: 0 }", "quarter must be 1 to 4, not 0")]
    [InlineData("{ year: 2025, half: 3 }", "half must be 1 or 2, not 3")]
    [InlineData("{ year: 2025, half: 0 }", "half must be 1 or 2, not 0")]
    [InlineData("{ quarter: 2 }", "a quarter or half needs the year it belongs to ('year: 2025')")]
    [InlineData("{ half: 1 }", "a quarter or half needs the year it belongs to ('year: 2025')")]
    [InlineData("{ from: 2030, to: 2025 }", "period 'from' (2030) is after 'to' (2025)")]
    [InlineData("{ year: 1989 }", "'year' must be a year from 1990 to 2100, not 1989")]
    [InlineData("{ year: 2101 }", "'year' must be a year from 1990 to 2100, not 2101")]
    [InlineData("{ fiscal_year: 1900 }", "'fiscal_year' must be a year from 1990 to 2100, not 1900")]
    [InlineData("{ until: 3000 }", "'until' must be a year from 1990 to 2100, not 3000")]
    [InlineData("{ from: 1000, to: 2025 }", "'from' must be a year from 1990 to 2100, not 1000")]
    [InlineData("{ from: 2025, to: 2200 }", "'to' must be a year from 1990 to 2100, not 2200")]
    [InlineData("{ month: 2025-13 }", "month must be YYYY-MM, not '2025-13'")]
    [InlineData("{ month: March }", "month must be YYYY-MM, not 'March'")]
    [InlineData("{ date: 2025-02-30 }", "date must be YYYY-MM-DD, not '2025-02-30'")]
    [InlineData("{ date: 14.03.2025 }", "date must be YYYY-MM-DD, not '14.03.2025'")]
    [InlineData("{ year: 2025, quarter: 2, half: 1 }", "period 'half' cannot be combined with 'year' and 'quarter'")]
    [InlineData("{ fiscal_year: 2025, year: 2025, quarter: 2 }", "period 'fiscal_year' cannot be combined with 'year' and 'quarter'")]
    [InlineData("{ fiscal_year: 2025, quarter: 2, from: 2025 }", "period 'from' cannot be combined with 'fiscal_year' and 'quarter'")]
    [InlineData("{ date: 2025-03-14, year: 2025 }", "period 'year' cannot be combined with 'date'")]
    [InlineData("{ until: 2030, to: 2031 }", "period 'to' needs 'from'")]
    [InlineData("{ from: 2025, years: 3, until: 2030 }", "period 'years' cannot be combined with 'until' and 'from'")]
    [InlineData("{ years: 3, to: 2030 }", "period 'to' needs 'from'")]
    [InlineData("{ from: 2025, to: 2030, current_year: true }", "period 'current_year' cannot be combined with 'from' and 'to'")]
    [InlineData("{ year: 2025, quarter: two }", "'quarter' must be a whole number, not 'two'")]
    [InlineData("{ year: 2025.5 }", "'year' must be a whole number, not '2025.5'")]
    [InlineData("{ current_year: maybe }", "'current_year' must be true or false, not 'maybe'")]
    public void Read_InvalidPeriod_ReportsTheProblem(string yaml, string expected)
    {
        var result = OneFact.LoadWith(Year2025, yaml);

        Assert.Contains(expected, OneFact.Messages(result));
        Assert.All(result.Errors, e => Assert.Equal("acme-2025", e.FactId));
    }

    [Fact]
    public void Read_UnknownKey_NamesTheKeyAndTheAllowedOnes()
    {
        var result = OneFact.LoadWith(Year2025, "{ year: 2025, til: 2030 }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("unknown key 'til' in period (allowed: year, fiscal_year, quarter, half, month, date, until, from, to, years, current_year, label)", error.Message);
    }

    [Fact]
    public void Read_ErrorInBlockPeriod_IsReportedOnThePeriodsLine()
    {
        var yaml = OneFact.Yaml("    period: { year: 2025 }\n", "    period:\n      year: 2025\n      quarter: 7\n");

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("quarter must be 1 to 4, not 7", error.Message);
        Assert.Equal(OneFact.LineOf(yaml, "      year: 2025"), error.Line);
    }
}
