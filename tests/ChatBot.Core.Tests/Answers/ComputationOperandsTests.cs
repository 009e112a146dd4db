using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>The spans and the order of a calculation's operands, on facts built by hand.</summary>
public sealed class ComputationOperandsTests
{
    private static readonly Query Question = new("q", Language.English, QueryIntent.Compare, [], [], PeriodFilter.None, []);

    public static TheoryData<Period, int?> Spans => new()
    {
        { new Period(PeriodKind.NextYears, Years: 4), 4 },
        { new Period(PeriodKind.NextYears, FromYear: 2025, Years: 5), 5 },
        { new Period(PeriodKind.NextYears), null },
        { new Period(PeriodKind.Range, FromYear: 2025, ToYear: 2028), 4 },
        { new Period(PeriodKind.Until, FromYear: 2025, ToYear: 2025), 1 },
        { new Period(PeriodKind.Until, FromYear: 2026, ToYear: 2025), null },
        { new Period(PeriodKind.Until, ToYear: 2028), null },
        { new Period(PeriodKind.Range, FromYear: 2025), null },
        { TestFacts.Year(2025), null },
        { Period.Unspecified, null },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void Span_Period_YearsItCoversWhenStated(Period period, int? years) =>
        Assert.Equal(years, ComputationOperands.Span(period));

    [Theory]
    [InlineData(ComputationKind.Change)]
    [InlineData(ComputationKind.PercentChange)]
    public void Ordered_ChangeOverTime_LaterYearFirstWhateverTheSize(ComputationKind operation)
    {
        var earlier = Side("acme", 20, year: 2024);
        var later = Side("acme", 10, year: 2025);

        Assert.Equal((later, earlier), ComputationOperands.Ordered(Question, operation, earlier, later));
        Assert.Equal((later, earlier), ComputationOperands.Ordered(Question, operation, later, earlier));
    }

    [Fact]
    public void Ordered_ChangeInTheSameYear_LargerFirst()
    {
        var small = Side("acme", 10);
        var large = Side("beta", 20);

        Assert.Equal((large, small), ComputationOperands.Ordered(Question, ComputationKind.Change, small, large));
    }

    [Theory]
    [InlineData(ComputationKind.Difference)]
    [InlineData(ComputationKind.Ratio)]
    public void Ordered_DifferenceOrRatio_LargerFirst(ComputationKind operation)
    {
        var small = Side("acme", 10);
        var large = Side("beta", 20);

        Assert.Equal((large, small), ComputationOperands.Ordered(Question, operation, small, large));
        Assert.Equal((large, small), ComputationOperands.Ordered(Question, operation, large, small));
    }

    [Fact]
    public void Ordered_Share_SmallerFirst()
    {
        var small = Side("acme", 10);
        var large = Side("beta", 20);

        Assert.Equal((small, large), ComputationOperands.Ordered(Question, ComputationKind.Share, large, small));
        Assert.Equal((small, large), ComputationOperands.Ordered(Question, ComputationKind.Share, small, large));
    }

    [Fact]
    public void Ordered_EqualSizes_KeepTheGivenOrder()
    {
        var a = Side("acme", 10);
        var b = Side("beta", 10);

        Assert.Equal((a, b), ComputationOperands.Ordered(Question, ComputationKind.Difference, a, b));
        Assert.Equal((b, a), ComputationOperands.Ordered(Question, ComputationKind.Share, a, b));
    }

    [Fact]
    public void Ordered_OverlappingRangesWithABase_TheBaseGoesSecond()
    {
        var baseSide = Side("acme", 10, 30);
        var other = Side("beta", 15, 20);
        var query = Question with { BaseSubjectId = "acme" };

        Assert.Equal((other, baseSide), ComputationOperands.Ordered(query, ComputationKind.Difference, baseSide, other));
        Assert.Equal((other, baseSide), ComputationOperands.Ordered(query, ComputationKind.Difference, other, baseSide));
    }

    [Fact]
    public void Ordered_CertainlySmallerBase_StillGoesSecondOnlyBySize()
    {
        // The base is certainly larger: "how much more than Acme" is answered as Acme minus Beta, never negative.
        var baseSide = Side("acme", 30);
        var other = Side("beta", 10);
        var query = Question with { BaseSubjectId = "acme" };

        Assert.Equal((baseSide, other), ComputationOperands.Ordered(query, ComputationKind.Difference, other, baseSide));
    }

    [Fact]
    public void Ordered_TouchingRanges_AreCertainAndOrderedBySize()
    {
        var baseSide = Side("acme", 10, 20);
        var other = Side("beta", 20, 30);
        var query = Question with { BaseSubjectId = "beta" };

        Assert.Equal((other, baseSide), ComputationOperands.Ordered(query, ComputationKind.Difference, baseSide, other));
    }

    [Fact]
    public void Ordered_BaseNotAmongTheSides_OrderedBySize()
    {
        var a = Side("acme", 10, 30);
        var b = Side("beta", 15, 20);
        var query = Question with { BaseSubjectId = "gamma" };

        Assert.Equal((a, b), ComputationOperands.Ordered(query, ComputationKind.Difference, b, a));
    }

    [Fact]
    public void Ordered_SameSubjectWithABase_OrderedBySize()
    {
        var a = Side("acme", 10, 30);
        var b = Side("acme", 15, 20, year: 2024);
        var query = Question with { BaseSubjectId = "acme" };

        Assert.Equal((a, b), ComputationOperands.Ordered(query, ComputationKind.Difference, b, a));
    }

    [Fact]
    public void Ordered_MissingFact_KeepsTheGivenOrder()
    {
        var found = Side("acme", 10);
        (string Label, Fact? Fact) missing = ("Intel", null);

        Assert.Equal((missing, found), ComputationOperands.Ordered(Question, ComputationKind.Difference, missing, found));
        Assert.Equal((found, missing), ComputationOperands.Ordered(Question, ComputationKind.Change, found, missing));
    }

    [Fact]
    public void Size_MinAndMaxInUnits_AddUp() =>
        Assert.Equal(3_000_000_000m, ComputationOperands.Size(SmallKnowledge.Spending("acme", 1, 2)));

    private static (string Label, Fact? Fact) Side(string subject, decimal min, decimal? max = null, int year = 2025) =>
        (subject, SmallKnowledge.Spending(subject, min, max, year: year));
}
