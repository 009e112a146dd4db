using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// The two figures a pairwise calculation works on (one per subject, per year, or a subject's two figures of
/// one kind), the fallbacks when a side is missing, and the sides a comparison shows, on facts built by hand.
/// </summary>
public sealed class ComputationOperandsSidesTests
{
    private static readonly KnowledgeBase Empty = SmallKnowledge.With();
    private static readonly Subject Acme = Empty.FindSubject("acme")!;
    private static readonly Subject Beta = Empty.FindSubject("beta")!;
    private static readonly Topic DataCenters = Empty.Topics[0];

    private static readonly Fact Acme2025 = SmallKnowledge.Spending("acme", 10);
    private static readonly Fact Acme2024 = SmallKnowledge.Spending("acme", 8, year: 2024);
    private static readonly Fact Beta2025 = SmallKnowledge.Spending("beta", 20);
    private static readonly Fact Beta2024 = SmallKnowledge.Spending("beta", 15, year: 2024);

    [Fact]
    public void Sides_OneSubjectWithAnUnknownNameNotInvesting_TheSubjectsTwoFigures()
    {
        var sides = Sides(Difference([Acme]) with { UnknownNames = ["Intel"] }, Acme2025, Acme2024);

        Assert.Equal(["Acme (2025)", "Acme (2024)"], sides.Select(s => s.Label));
    }

    [Fact]
    public void Sides_UnknownInvestorAmongOtherUnknownWords_TheSubjectAgainstTheName()
    {
        var sides = Sides(Difference([Acme]) with { UnknownNames = ["Intel", "chips"], UnknownIsActor = true }, Acme2025, Acme2024);

        Assert.Equal(["Acme", "Intel"], sides.Select(s => s.Label));
        Assert.Null(sides[1].Fact);
    }

    [Fact]
    public void Sides_OneSubjectsTwoFiguresInTheYearAndOneOutside_TheTwoOfTheYear()
    {
        var second2025 = SmallKnowledge.Spending("acme", 12);
        var old = SmallKnowledge.Spending("acme", 5, year: 2022);

        var sides = Sides(Difference([Acme]) with { Period = new PeriodFilter([2025]) }, Acme2025, second2025, old);

        Assert.Equal([second2025, Acme2025], sides.Select(s => s.Fact));
    }

    [Fact]
    public void Sides_OneSubjectWithoutMoney_None()
    {
        var reach = TestFacts.Fact(id: "acme-reach", kind: FactKind.Reach, amount: new Amount(30, 30, Unit.Countries, null, Scale.One, Qualifier.Exact), statement: "Acme in 30 countries");

        Assert.Empty(Sides(Difference([Acme]), reach));
    }

    [Fact]
    public void Sides_OneSubjectWithThreeFiguresOfAKind_None()
    {
        Assert.Empty(Sides(Difference([Acme]), Acme2025, Acme2024, SmallKnowledge.Spending("acme", 6, year: 2023)));
    }

    [Fact]
    public void WithFallbacks_TopicFiguresForBoth_TheTopicFigures()
    {
        var acmeCentres = SmallKnowledge.Spending("acme", 3, kind: FactKind.DataCenters);
        var betaCentres = SmallKnowledge.Spending("beta", 4, kind: FactKind.DataCenters);

        var sides = Sides(Difference([Acme, Beta]) with { Topics = [DataCenters] }, Acme2025, Beta2025, acmeCentres, betaCentres);

        Assert.Equal([acmeCentres, betaCentres], sides.Select(s => s.Fact));
    }

    [Fact]
    public void WithFallbacks_TopicFigureForOneOnly_BothWithoutTheTopic()
    {
        var acmeCentres = SmallKnowledge.Spending("acme", 3, kind: FactKind.DataCenters);

        var sides = Sides(Difference([Acme, Beta]) with { Topics = [DataCenters] }, Acme2025, Beta2025, acmeCentres);

        Assert.Equal(Beta2025, sides[1].Fact);
    }

    [Fact]
    public void WithFallbacks_RelativeYearOneSideMissing_LatestFiguresWithANote()
    {
        var acme2026 = SmallKnowledge.Spending("acme", 11, year: 2026);
        var query = Difference([Acme, Beta]) with { Period = new PeriodFilter([2026], IsRelative: true) };
        var builder = Builder(query, acme2026, Acme2025, Beta2025);

        var sides = ComputationOperands.Sides(builder);

        Assert.Equal(Beta2025, sides[1].Fact);
        Assert.Equal(["I have no figure for Acme and Beta for that period yet; here are the latest figures."], builder.Build(AnswerKind.Computed, true, "h").Notes);
    }

    [Fact]
    public void WithFallbacks_RelativeYearBothFound_NoNote()
    {
        var builder = Builder(Difference([Acme, Beta]) with { Period = new PeriodFilter([2025], IsRelative: true) }, Acme2025, Beta2025);

        var sides = ComputationOperands.Sides(builder);

        Assert.Equal([Acme2025, Beta2025], sides.Select(s => s.Fact));
        Assert.Empty(builder.Build(AnswerKind.Computed, true, "h").Notes);
    }

    [Fact]
    public void Ordered_ExactlyAsLargeAtLeast_CertainSoTheBaseDoesNotDecide()
    {
        (string, Fact?) first = ("acme", SmallKnowledge.Spending("acme", 10, 20));
        (string, Fact?) second = ("beta", SmallKnowledge.Spending("beta", 10));
        var query = Difference([Acme, Beta]) with { BaseSubjectId = "acme" };

        Assert.Equal((first, second), ComputationOperands.Ordered(query, ComputationKind.Difference, first, second));
    }

    [Fact]
    public void Resolve_NoSubjects_NoSides()
    {
        Assert.Empty(ComparisonSides.Resolve(Builder(Difference([]))));
        Assert.Empty(ComparisonSides.Resolve(Builder(Difference([]) with { Period = new PeriodFilter([2024, 2025]) })));
    }

    [Fact]
    public void Resolve_TwoSubjectsWithTwoCommonYears_TheLatest()
    {
        var sides = ComparisonSides.Resolve(Builder(Difference([Acme, Beta]), Acme2024, Beta2024, Acme2025, Beta2025));

        Assert.Equal([Acme2025, Beta2025], sides.Select(s => s.Fact));
    }

    [Fact]
    public void AddLines_OneSubjectsTwoYears_NoDifferentPeriodsNote()
    {
        var builder = Builder(Difference([Acme]), Acme2025, Acme2024);

        ComparisonSides.AddLines(builder, [("Acme 2025", Acme2025), ("Acme 2024", Acme2024)]);

        Assert.Empty(builder.Build(AnswerKind.Comparison, true, "h").Notes);
    }

    [Fact]
    public void AddLines_TwoSubjectsOfDifferentYears_NoteNamesBothPeriods()
    {
        var builder = Builder(Difference([Acme, Beta]), Acme2025, Beta2024);

        ComparisonSides.AddLines(builder, [("Acme", Acme2025), ("Beta", Beta2024)]);

        Assert.Equal(["Note: the figures cover different periods (2025 / 2024)."], builder.Build(AnswerKind.Comparison, true, "h").Notes);
    }

    private static Query Difference(IReadOnlyList<Subject> subjects) =>
        new Query("q", Language.English, QueryIntent.Compare, subjects, [], PeriodFilter.None, []) { Computation = ComputationKind.Difference };

    private static IReadOnlyList<(string Label, Fact? Fact)> Sides(Query query, params Fact[] facts) =>
        ComputationOperands.Sides(Builder(query, facts));

    private static AnswerBuilder Builder(Query query, params Fact[] facts) =>
        new(SmallKnowledge.With(facts), query, PhraseBooks.Default);
}
