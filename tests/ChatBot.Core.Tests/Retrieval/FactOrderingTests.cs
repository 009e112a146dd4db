using ChatBot.Core.Knowledge;
using ChatBot.Core.Retrieval;
using static ChatBot.Core.Tests.Support.TestFacts;

namespace ChatBot.Core.Tests.Retrieval;

public class FactOrderingTests
{
    [Theory]
    [InlineData(FactKind.Investment, true)]
    [InlineData(FactKind.Capex, true)]
    [InlineData(FactKind.Budget, true)]
    [InlineData(FactKind.DataCenters, true)]
    [InlineData(FactKind.Deal, false)]
    [InlineData(FactKind.Estimate, false)]
    [InlineData(FactKind.Note, false)]
    public void IsSpending_OnlyTheFourSpendingKinds(FactKind kind, bool expected)
    {
        Assert.Equal(expected, FactOrdering.IsSpending(kind));
    }

    [Theory]
    [InlineData(FactKind.Investment, 0)]
    [InlineData(FactKind.DataCenters, 0)]
    [InlineData(FactKind.Deal, 1)]
    [InlineData(FactKind.Education, 1)]
    [InlineData(FactKind.Estimate, 2)]
    [InlineData(FactKind.Share, 2)]
    [InlineData(FactKind.Growth, 2)]
    [InlineData(FactKind.Reach, 3)]
    [InlineData(FactKind.Model, 3)]
    [InlineData(FactKind.Note, 3)]
    public void Tier_SpendingFirstThenDealsThenForecastsThenTheRest(FactKind kind, int expected)
    {
        Assert.Equal(expected, FactOrdering.Tier(kind));
    }

    [Theory]
    [InlineData(PeriodKind.Year, 0)]
    [InlineData(PeriodKind.FiscalYear, 0)]
    [InlineData(PeriodKind.Half, 1)]
    [InlineData(PeriodKind.Quarter, 1)]
    [InlineData(PeriodKind.Month, 1)]
    [InlineData(PeriodKind.Date, 1)]
    [InlineData(PeriodKind.Until, 2)]
    [InlineData(PeriodKind.Range, 2)]
    [InlineData(PeriodKind.Unspecified, 3)]
    public void Granularity_WholeYearsBeforePartsBeforeSpansBeforeUnknown(PeriodKind kind, int expected)
    {
        Assert.Equal(expected, FactOrdering.Granularity(new Period(kind, 2025)));
    }

    [Fact]
    public void IsWholeYearSpending_RequiresSpendingMoneyForAWholeStatedYear()
    {
        Assert.True(FactOrdering.IsWholeYearSpending(Fact(amount: Money(1), period: Year(2025))));
        Assert.False(FactOrdering.IsWholeYearSpending(Fact(kind: FactKind.Deal, amount: Money(1), period: Year(2025))));
        Assert.False(FactOrdering.IsWholeYearSpending(Fact(amount: new Amount(5, 5, Unit.Percent, null, Scale.One, Qualifier.Exact), period: Year(2025))));
        Assert.False(FactOrdering.IsWholeYearSpending(Fact(amount: null, period: Year(2025))));
        Assert.False(FactOrdering.IsWholeYearSpending(Fact(amount: Money(1), period: new Period(PeriodKind.Quarter, 2025, 1))));
        Assert.False(FactOrdering.IsWholeYearSpending(Fact(amount: Money(1), period: new Period(PeriodKind.Year))));
    }

    [Theory]
    [InlineData("USD", true)]
    [InlineData("EUR", false)]
    [InlineData(null, false)]
    public void IsRankable_OnlyUsDollarFigures(string? currency, bool expected)
    {
        var amount = currency is null ? null : Money(1, currency: currency);

        Assert.Equal(expected, FactOrdering.IsRankable(Fact(amount: amount)));
    }

    [Fact]
    public void Order_TierThenGranularityThenNewestThenLargest()
    {
        var deal = Fact(id: "deal", kind: FactKind.Deal, amount: Money(500), period: Year(2026));
        var quarter = Fact(id: "quarter", amount: Money(20), period: new Period(PeriodKind.Quarter, 2026, 1));
        var old = Fact(id: "old", amount: Money(90), period: Year(2024));
        var small = Fact(id: "small", amount: Money(10), period: Year(2025));
        var large = Fact(id: "large", amount: Money(80), period: Year(2025));
        var undated = Fact(id: "undated", amount: Money(1000));
        var note = Fact(id: "note", kind: FactKind.Note, period: Year(2027));

        var ordered = FactOrdering.Order([note, deal, quarter, undated, old, small, large]).Select(f => f.Id);

        Assert.Equal(["large", "small", "old", "quarter", "undated", "deal", "note"], ordered);
    }

    [Fact]
    public void Key_SameFigureInTwoArticles_IsTheSame()
    {
        Assert.Equal(FactOrdering.Key(Fact(id: "a", amount: Money(80), period: Year(2025))), FactOrdering.Key(Fact(id: "b", amount: Money(80), period: Year(2025), source: "article-2")));
        Assert.Equal((0, 0, -2025, -80e9m), FactOrdering.Key(Fact(amount: Money(80), period: Year(2025))));
        Assert.Equal((3, 3, 10_000, 0m), FactOrdering.Key(Fact(kind: FactKind.Note)));
    }

    [Fact]
    public void BySize_MoneyLargestFirstThenTheRestInFactOrder()
    {
        var big = Fact(id: "big", amount: Money(2, scale: Scale.Trillion));
        var mid = Fact(id: "mid", amount: Money(900));
        var share = Fact(id: "share", kind: FactKind.Share, amount: new Amount(90, 90, Unit.Percent, null, Scale.One, Qualifier.Exact));
        var note = Fact(id: "note", kind: FactKind.Note, period: Year(2025));

        Assert.Equal(["big", "mid", "share", "note"], FactOrdering.BySize([note, mid, share, big]).Select(f => f.Id));
        Assert.Equal(["mid", "big", "share", "note"], FactOrdering.BySize([note, mid, share, big], ascending: true).Select(f => f.Id));
    }
}
