using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// The part of a year a question names (a quarter, a half, a month) and the whole year it belongs to, and a
/// group's stated totals in the order a calculation uses them, on facts built by hand.
/// </summary>
public sealed class ComputationOperandsPartAndWholeTests
{
    private static readonly KnowledgeBase Empty = SmallKnowledge.With();
    private static readonly Subject Acme = Empty.FindSubject("acme")!;
    private static readonly Subject Beta = Empty.FindSubject("beta")!;
    private static readonly Subject Trio = Empty.FindSubject("trio")!;

    private static readonly Fact Q1 = Part("acme-q1", 3, new Period(PeriodKind.Quarter, 2025, 1));
    private static readonly Fact Q2 = Part("acme-q2", 4, new Period(PeriodKind.Quarter, 2025, 2));
    private static readonly Fact Year2025 = SmallKnowledge.Spending("acme", 10);

    [Fact]
    public void PartAndWhole_QuarterAsked_TheQuarterAndItsYear()
    {
        var result = PartAndWhole(Share([Acme], new PeriodFilter([2025], Quarter: 1)), Q1, Q2, Year2025);

        Assert.Equal((Q1, Year2025), result);
    }

    [Fact]
    public void PartAndWhole_TwoSubjects_None()
    {
        var result = PartAndWhole(Share([Acme, Beta], new PeriodFilter([2025], Quarter: 1)), Q1, Year2025);

        Assert.Null(result);
    }

    [Fact]
    public void PartAndWhole_QuarterWithoutAFigure_NoneEvenWhenAnotherQuarterIsStated()
    {
        var result = PartAndWhole(Share([Acme], new PeriodFilter([2025], Quarter: 3)), Q1, Year2025);

        Assert.Null(result);
    }

    [Fact]
    public void PartAndWhole_RemainderAfterANamedQuarter_ThatQuarterAmongSeveral()
    {
        var query = Share([Acme], new PeriodFilter([2025], Quarter: 1)) with { Computation = ComputationKind.Remainder };

        Assert.Equal((Q1, Year2025), PartAndWhole(query, Q1, Q2, Year2025));
    }

    [Fact]
    public void PartAndWhole_RemainderWithTheOnlyHalfStated_ThatHalf()
    {
        var half = Part("acme-h1", 4, new Period(PeriodKind.Half, 2025, 1));
        var query = Share([Acme], new PeriodFilter([2025])) with { Computation = ComputationKind.Remainder };

        Assert.Equal((half, Year2025), PartAndWhole(query, half, Year2025));
    }

    [Fact]
    public void PartAndWhole_RemainderWithTheOnlyMonthStated_ThatMonth()
    {
        var june = Part("acme-june", 2, new Period(PeriodKind.Month, 2025, 6));
        var query = Share([Acme], new PeriodFilter([2025])) with { Computation = ComputationKind.Remainder };

        Assert.Equal((june, Year2025), PartAndWhole(query, june, Year2025));
    }

    [Fact]
    public void PartAndWhole_QuarterWithoutAYear_TheWholeOfTheQuartersYear()
    {
        var q1Of2024 = Part("acme-q1-2024", 3, new Period(PeriodKind.Quarter, 2024, 1));
        var year2024 = SmallKnowledge.Spending("acme", 8, year: 2024);

        var result = PartAndWhole(Share([Acme], new PeriodFilter([], Quarter: 1)), Year2025, q1Of2024, year2024);

        Assert.Equal((q1Of2024, year2024), result);
    }

    [Fact]
    public void PartAndWhole_QuarterWithoutAYearAndNoWholeForIt_None()
    {
        var q1Of2024 = Part("acme-q1-2024", 3, new Period(PeriodKind.Quarter, 2024, 1));

        Assert.Null(PartAndWhole(Share([Acme], new PeriodFilter([], Quarter: 1)), Year2025, q1Of2024));
    }

    [Fact]
    public void StatedTotals_YearAsked_ThatYearsLargestFirstThenUndatedThenSpans()
    {
        var small = Total("trio-200", 200, TestFacts.Year(2025));
        var large = Total("trio-300", 300, TestFacts.Year(2025));
        var undated = Total("trio-500", 500, Period.Unspecified);
        var span = Total("trio-900", 900, new Period(PeriodKind.Range, FromYear: 2024, ToYear: 2026));
        var other = Total("trio-100", 100, TestFacts.Year(2022));
        var builder = Builder(Share([Trio], new PeriodFilter([2025])), span, undated, small, other, large);

        Assert.Equal([large, small, undated, span], ComputationOperands.StatedTotals(builder, Trio));
    }

    [Fact]
    public void StatedTotals_MonthOnlyAsked_EveryTotalLargestFirst()
    {
        var may = Total("trio-may", 200, new Period(PeriodKind.Month, 2025, 5));
        var year = Total("trio-300", 300, TestFacts.Year(2025));
        var builder = Builder(Share([Trio], new PeriodFilter([], Month: 6)), may, year);

        Assert.Equal([year, may], ComputationOperands.StatedTotals(builder, Trio));
    }

    private static Fact Part(string id, decimal billions, Period period) =>
        TestFacts.Fact(id: id, amount: TestFacts.Money(billions), period: period, statement: id);

    private static Fact Total(string id, decimal billions, Period period) =>
        TestFacts.Fact(id: id, subject: "trio", kind: FactKind.Investment, amount: TestFacts.Money(billions), period: period, statement: id);

    private static Query Share(IReadOnlyList<Subject> subjects, PeriodFilter period) =>
        new Query("q", Language.English, QueryIntent.Figures, subjects, [], period, []) { Computation = ComputationKind.Share };

    private static (Fact Part, Fact Whole)? PartAndWhole(Query query, params Fact[] facts) =>
        ComputationOperands.PartAndWhole(Builder(query, facts));

    private static AnswerBuilder Builder(Query query, params Fact[] facts) =>
        new(SmallKnowledge.With(facts), query, PhraseBooks.Default);
}
