using ChatBot.Core.Knowledge;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Understanding;
using static ChatBot.Core.Tests.Support.TestFacts;

namespace ChatBot.Core.Tests.Retrieval;

public class HeadlineFigureTests
{
    private static Fact? For(IReadOnlyList<Fact> facts, PeriodFilter? period = null, int? preferredYear = null, IReadOnlyList<Topic>? topics = null, bool allowDeals = true)
    {
        var knowledge = Support.SmallKnowledge.With([.. facts]);
        return HeadlineFigure.For(knowledge, knowledge.FindSubject("acme")!, period ?? PeriodFilter.None, preferredYear, topics ?? [], allowDeals);
    }

    [Fact]
    public void For_NoPeriod_PrefersWholeYearsThenNewestThenLargest()
    {
        var quarter = Fact(id: "quarter", amount: Money(20), period: new Period(PeriodKind.Quarter, 2026, 1));
        var old = Fact(id: "old", amount: Money(200), period: Year(2024));
        var small = Fact(id: "small", amount: Money(50), period: Year(2025));
        var large = Fact(id: "large", amount: Money(60), period: Year(2025));

        Assert.Equal("large", For([quarter, old, small, large])!.Id);
    }

    [Fact]
    public void For_Period_TakesOnlyFiguresOfExactlyThatPeriod()
    {
        var y2024 = Fact(id: "y2024", amount: Money(200), period: Year(2024));
        var y2025 = Fact(id: "y2025", amount: Money(50), period: Year(2025));

        Assert.Equal("y2024", For([y2024, y2025], new PeriodFilter([2024]))!.Id);
        Assert.Null(For([y2024, y2025], new PeriodFilter([2023])));
    }

    [Fact]
    public void For_PreferredYear_WinsOverNewerFiguresAndFallsBackWhenAbsent()
    {
        var y2024 = Fact(id: "y2024", amount: Money(200), period: Year(2024));
        var y2025 = Fact(id: "y2025", amount: Money(50), period: Year(2025));

        Assert.Equal("y2024", For([y2024, y2025], preferredYear: 2024)!.Id);
        Assert.Equal("y2025", For([y2024, y2025], preferredYear: 2023)!.Id);
    }

    [Fact]
    public void For_UndatedFigure_OnlyWhenNoDatedOneExists()
    {
        var undated = Fact(id: "undated", amount: Money(900));
        var dated = Fact(id: "dated", amount: Money(9), period: Year(2020));

        Assert.Equal("dated", For([undated, dated])!.Id);
        Assert.Equal("undated", For([undated])!.Id);
    }

    [Fact]
    public void For_SpendingBeforeDealsAndDealsOnlyWhenAllowed()
    {
        var deal = Fact(id: "deal", kind: FactKind.Deal, amount: Money(900), period: Year(2025));
        var capex = Fact(id: "capex", amount: Money(9), period: Year(2025));

        Assert.Equal("capex", For([deal, capex])!.Id);
        Assert.Equal("deal", For([deal])!.Id);
        Assert.Null(For([deal], allowDeals: false));
    }

    [Fact]
    public void For_NonMoneyFigures_AreNeverHeadlines()
    {
        Assert.Null(For([Fact(kind: FactKind.Growth, amount: new Amount(30, 30, Unit.Percent, null, Scale.One, Qualifier.Exact), period: Year(2025))]));
    }

    [Fact]
    public void For_Topics_KeepOnlyFiguresTheTopicsCover()
    {
        var dataCenters = Fact(id: "dc", kind: FactKind.DataCenters, amount: Money(5), period: Year(2025));
        var tagged = Fact(id: "tagged", amount: Money(6), period: Year(2025), topics: ["usa"]);
        var other = Fact(id: "other", amount: Money(90), period: Year(2025));

        Assert.Equal("dc", For([dataCenters, tagged, other], topics: [Topic("data-centers", FactKind.DataCenters)])!.Id);
        Assert.Equal("tagged", For([dataCenters, tagged, other], topics: [Topic("usa")])!.Id);
    }

    [Fact]
    public void SpendingYears_DistinctYearsOfWholeYearSpending()
    {
        var knowledge = Support.SmallKnowledge.With(
            Fact(id: "a", amount: Money(1), period: Year(2024)),
            Fact(id: "b", amount: Money(2), period: Year(2024)),
            Fact(id: "c", amount: Money(3), period: Year(2025)),
            Fact(id: "d", kind: FactKind.Deal, amount: Money(4), period: Year(2023)),
            Fact(id: "e", amount: Money(5), period: new Period(PeriodKind.Quarter, 2022, 1)));

        Assert.Equal([2024, 2025], HeadlineFigure.SpendingYears(knowledge, knowledge.FindSubject("acme")!).Order());
    }
}
