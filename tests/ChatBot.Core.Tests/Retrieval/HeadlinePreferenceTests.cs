using ChatBot.Core.Knowledge;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Understanding;
using static ChatBot.Core.Tests.Support.TestFacts;

namespace ChatBot.Core.Tests.Retrieval;

public class HeadlinePreferenceTests
{
    private static readonly Fact Small = Fact(id: "small", amount: Money(10), period: Year(2024));
    private static readonly Fact Large = Fact(id: "large", amount: Money(90), period: Year(2023));
    private static readonly Fact Percent = Fact(id: "percent", kind: FactKind.Share, amount: new Amount(500, 500, Unit.Percent, null, Scale.One, Qualifier.Exact), period: Year(2026));
    private static readonly Fact Undated = Fact(id: "undated", kind: FactKind.Note);

    private static Query Query(FigurePreference? preference = null, IReadOnlyList<string>? keywords = null, IReadOnlyList<decimal>? numbers = null, IReadOnlyList<decimal>? context = null, IReadOnlyList<int>? excluded = null, bool whole = false, ComputationKind? computation = null) =>
        new("q", Language.English, QueryIntent.Figures, [], [], new PeriodFilter([]) { ExcludedYears = excluded ?? [] }, [])
        {
            Preference = preference,
            Keywords = keywords ?? [],
            Numbers = numbers ?? [],
            ContextNumbers = context ?? [],
            PrefersWhole = whole,
            Computation = computation,
        };

    private static string[] Order(Query query, params Fact[] facts) => [.. HeadlinePreference.Order(query, facts).Select(f => f.Id)];

    [Fact]
    public void Order_NoPreference_KeepsTheIncomingOrder()
    {
        Assert.Equal(["small", "percent", "large"], Order(Query(), Small, Percent, Large));
    }

    [Fact]
    public void Order_Largest_MoneyFirstLargestFirst()
    {
        Assert.Equal(["large", "small", "percent"], Order(Query(FigurePreference.Largest), Small, Percent, Large));
    }

    [Fact]
    public void Order_Smallest_MoneyFirstSmallestFirst()
    {
        Assert.Equal(["small", "large", "percent"], Order(Query(FigurePreference.Smallest), Percent, Large, Small));
    }

    [Fact]
    public void Order_Latest_NewestFirstUndatedLast()
    {
        Assert.Equal(["percent", "small", "large", "undated"], Order(Query(FigurePreference.Latest), Undated, Large, Small, Percent));
    }

    [Fact]
    public void Order_Earliest_OldestFirstUndatedLast()
    {
        Assert.Equal(["large", "small", "percent", "undated"], Order(Query(FigurePreference.Earliest), Undated, Percent, Small, Large));
    }

    [Fact]
    public void Order_LatestWithinAYear_QuarterMonthHalfAndDateByTheirMonth()
    {
        var q1 = Fact(id: "q1", amount: Money(1), period: new Period(PeriodKind.Quarter, 2025, 1));
        var may = Fact(id: "may", amount: Money(1), period: new Period(PeriodKind.Month, 2025, 5));
        var h2 = Fact(id: "h2", amount: Money(1), period: new Period(PeriodKind.Half, 2025, 2));
        var june = Fact(id: "june", amount: Money(1), period: new Period(PeriodKind.Date, Date: new DateOnly(2025, 6, 3)));
        var year2024 = Fact(id: "y2024", amount: Money(1), period: Year(2024));

        Assert.Equal(["h2", "june", "may", "q1", "y2024"], Order(Query(FigurePreference.Latest), year2024, q1, may, h2, june));
    }

    [Theory]
    [InlineData("deal", FactKind.Deal)]
    [InlineData("deals", FactKind.Deal)]
    [InlineData("vertrag", FactKind.Deal)]
    [InlineData("vertraege", FactKind.Deal)]
    [InlineData("auftrag", FactKind.Deal)]
    [InlineData("contract", FactKind.Deal)]
    [InlineData("contracts", FactKind.Deal)]
    [InlineData("abkommen", FactKind.Deal)]
    [InlineData("budget", FactKind.Budget)]
    [InlineData("capex", FactKind.Capex)]
    [InlineData("schaetzung", FactKind.Estimate)]
    [InlineData("estimate", FactKind.Estimate)]
    [InlineData("prognose", FactKind.Estimate)]
    [InlineData("forecast", FactKind.Estimate)]
    [InlineData("bildung", FactKind.Education)]
    [InlineData("education", FactKind.Education)]
    public void Order_KeywordNamingAKind_PutsThatKindFirst(string keyword, FactKind kind)
    {
        var named = Fact(id: "named", kind: kind, amount: Money(1));
        var other = Fact(id: "other", kind: kind == FactKind.Investment ? FactKind.Note : FactKind.Investment, amount: Money(1));

        Assert.Equal(["named", "other"], Order(Query(keywords: ["xyz", keyword]), other, named));
    }

    [Theory]
    [InlineData(ComputationKind.Share)]
    [InlineData(ComputationKind.PercentChange)]
    public void Order_ShareOrGrowthQuestion_PutsStatedSharesAndGrowthFirst(ComputationKind computation)
    {
        var growth = Fact(id: "growth", kind: FactKind.Growth, amount: Money(1));

        Assert.Equal(["percent", "growth", "small"], Order(Query(computation: computation), Small, Percent, growth));
        Assert.Equal(["small", "percent", "growth"], Order(Query(computation: ComputationKind.Sum), Small, Percent, growth));
    }

    [Fact]
    public void Order_PrefersWhole_WholePeriodMoneyFirst()
    {
        var quarter = Fact(id: "quarter", amount: Money(1), period: new Period(PeriodKind.Quarter, 2025, 1));

        Assert.Equal(["small", "quarter", "percent"], Order(Query(whole: true), quarter, Percent, Small));
        Assert.Equal(["quarter", "percent", "small"], Order(Query(whole: false), quarter, Percent, Small));
    }

    [Fact]
    public void Order_NumberNamedInTheQuestion_PutsTheFactStatingItFirst()
    {
        var range = Fact(id: "range", amount: Money(60, 65));

        Assert.Equal(["large", "small"], Order(Query(numbers: [90]), Small, Large));
        Assert.Equal(["range", "small"], Order(Query(numbers: [65]), Small, range));
        Assert.Equal(["range", "small"], Order(Query(numbers: [60]), Small, range));
        Assert.Equal(["small", "large"], Order(Query(numbers: [90], context: [90]), Small, Large));
    }

    [Fact]
    public void Order_ContextNumberOrExcludedYear_GoesLast()
    {
        Assert.Equal(["small", "large"], Order(Query(context: [90]), Large, Small));
        Assert.Equal(["large", "small"], Order(Query(excluded: [2024]), Small, Large));
        Assert.Equal(["small", "large"], Order(Query(excluded: [2022]), Small, Large));
    }
}
