using ChatBot.Core.Knowledge;
using ChatBot.Core.Retrieval;
using static ChatBot.Core.Tests.Support.TestFacts;

namespace ChatBot.Core.Tests.Retrieval;

public class FigureGroupsTests
{
    [Fact]
    public void Group_SameFigureInTwoArticles_SharesOneGroupWithTheCautiousWordingFirst()
    {
        var exact = Fact(id: "exact", amount: Money(80), period: Year(2025));
        var around = Fact(id: "around", amount: Money(80, qualifier: Qualifier.Around), period: Year(2025), source: "article-2");

        var group = Assert.Single(FigureGroups.Group([exact, around]));

        Assert.Equal(["around", "exact"], group.Select(f => f.Id));
    }

    [Theory]
    [InlineData("beta", FactKind.Capex, 2025, 80, "USD", Scale.Billion)]
    [InlineData("acme", FactKind.Budget, 2025, 80, "USD", Scale.Billion)]
    [InlineData("acme", FactKind.Capex, 2024, 80, "USD", Scale.Billion)]
    [InlineData("acme", FactKind.Capex, 2025, 81, "USD", Scale.Billion)]
    [InlineData("acme", FactKind.Capex, 2025, 80, "EUR", Scale.Billion)]
    [InlineData("acme", FactKind.Capex, 2025, 80, "USD", Scale.Million)]
    public void Group_AnyPartOfTheFigureDiffers_KeepsTwoGroups(string subject, FactKind kind, int year, int value, string currency, Scale scale)
    {
        var first = Fact(id: "first", amount: Money(80), period: Year(2025));
        var second = Fact(id: "second", subject: subject, kind: kind, amount: Money(value, currency: currency, scale: scale), period: Year(year));

        Assert.Equal(2, FigureGroups.Group([first, second]).Count);
    }

    [Fact]
    public void Group_RangeAndSingleValue_AreDifferentFigures()
    {
        Assert.Equal(2, FigureGroups.Group([Fact(id: "a", amount: Money(60, 65)), Fact(id: "b", amount: Money(60))]).Count);
        Assert.Equal(2, FigureGroups.Group([Fact(id: "a", amount: Money(60, 65)), Fact(id: "b", amount: Money(60, 70))]).Count);
        Assert.Equal(2, FigureGroups.Group([Fact(id: "a", amount: Money(60, 65)), Fact(id: "b", amount: Money(65))]).Count);
    }

    [Fact]
    public void Group_FactsWithoutAmount_EachStandAlone()
    {
        var groups = FigureGroups.Group([Fact(id: "a", kind: FactKind.Note), Fact(id: "b", kind: FactKind.Note)]);

        Assert.Equal([["a"], ["b"]], groups.Select(g => g.Select(f => f.Id).ToArray()));
    }

    [Fact]
    public void Group_SameFactTwice_IsListedOnce()
    {
        var fact = Fact(amount: Money(80));

        Assert.Single(Assert.Single(FigureGroups.Group([fact, fact])));
    }

    [Fact]
    public void Group_Limit_StopsAfterTheLimitButLetsTheSameFigureJoin()
    {
        var a = Fact(id: "a", amount: Money(90), period: Year(2025));
        var b = Fact(id: "b", amount: Money(80), period: Year(2025));
        var b2 = Fact(id: "b2", amount: Money(80), period: Year(2025), source: "article-2");
        var c = Fact(id: "c", amount: Money(70), period: Year(2025));

        var groups = FigureGroups.Group([a, b, b2, c], limit: 2);

        Assert.Equal([["a"], ["b", "b2"]], groups.Select(g => g.Select(f => f.Id).ToArray()));
    }

    [Fact]
    public void Group_LimitNotInFactOrder_StillCollectsLaterFactsOfShownFigures()
    {
        var a = Fact(id: "a", amount: Money(90), period: Year(2025));
        var c = Fact(id: "c", amount: Money(70), period: Year(2024));
        var a2 = Fact(id: "a2", amount: Money(90), period: Year(2025), source: "article-2");
        var note = Fact(id: "note", kind: FactKind.Note);

        var unordered = FigureGroups.Group([a, c, a2, note], limit: 1, inFactOrder: false);
        var ordered = FigureGroups.Group([a, c, a2, note], limit: 1);

        Assert.Equal([["a", "a2"]], unordered.Select(g => g.Select(f => f.Id).ToArray()));
        Assert.Equal([["a"]], ordered.Select(g => g.Select(f => f.Id).ToArray()));
    }

    [Fact]
    public void Group_FactWithoutAmountBeyondTheLimit_IsLeftOut()
    {
        var groups = FigureGroups.Group([Fact(id: "a", amount: Money(1)), Fact(id: "n", kind: FactKind.Note)], limit: 1, inFactOrder: false);

        Assert.Equal(["a"], groups.Select(g => g[0].Id));
    }
}
