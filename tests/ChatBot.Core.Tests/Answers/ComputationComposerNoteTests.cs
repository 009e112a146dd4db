using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// When a calculation is made at all, and the notes a computed answer carries (ranges that straddle zero, a
/// stated total beside a computed one, unlike periods), on the small knowledge with hand-built queries.
/// </summary>
public sealed class ComputationComposerNoteTests
{
    private const string Straddles = "The ranges overlap: which figure is larger is not certain.";
    private const string Uncertain = "At least one input is only possible (\"possibly\"), so the result is too.";
    private const string StatedFirst = "The stated total is from the source; the sum of the members' figures is computed by me and may differ from it (other periods, other scope).";

    private static readonly KnowledgeBase Empty = SmallKnowledge.With();
    private static readonly Subject Acme = Empty.FindSubject("acme")!;
    private static readonly Subject Beta = Empty.FindSubject("beta")!;
    private static readonly Subject Trio = Empty.FindSubject("trio")!;

    private static readonly Fact Acme2025 = SmallKnowledge.Spending("acme", 10);
    private static readonly Fact Acme2024 = SmallKnowledge.Spending("acme", 8, year: 2024);

    [Fact]
    public void TryCompose_NoSubject_NothingComputed()
    {
        var answer = Answer(Computation([], ComputationKind.Difference), Acme2025);

        Assert.Equal(AnswerKind.NoFigure, answer.Kind);
        Assert.Empty(answer.Computed);
    }

    [Fact]
    public void TryCompose_ShareOfASubjectWithAStatedShare_TheStatedShareNotAComputedOne()
    {
        var share = TestFacts.Fact(id: "acme-us-share", kind: FactKind.Share, amount: new Amount(50, 50, Unit.Percent, null, Scale.One, Qualifier.MoreThan), period: TestFacts.Year(2025), statement: "more than half stays in the US");

        var answer = Answer(Computation([Acme], ComputationKind.Share), Acme2025, Acme2024, share);

        Assert.Equal(AnswerKind.Figures, answer.Kind);
        Assert.Empty(answer.Computed);
    }

    [Fact]
    public void TryCompose_RemainderWithoutAPart_NothingComputed()
    {
        var answer = Answer(Computation([Acme], ComputationKind.Remainder), Acme2025, Acme2024);

        Assert.NotEqual(AnswerKind.Computed, answer.Kind);
        Assert.Empty(answer.Computed);
    }

    [Fact]
    public void Difference_RangeAtLeastAsLarge_NoStraddleNote()
    {
        var answer = Answer(Computation([Acme, Beta], ComputationKind.Difference), SmallKnowledge.Spending("acme", 10, 20), SmallKnowledge.Spending("beta", 10));

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.DoesNotContain(Straddles, answer.Notes);
    }

    [Fact]
    public void Change_LaterFigureAtMostAsLarge_NoStraddleNote()
    {
        var answer = Answer(Computation([Acme], ComputationKind.Change) with { Period = new PeriodFilter([2024, 2025]) }, SmallKnowledge.Spending("acme", 10), SmallKnowledge.Spending("acme", 10, 20, year: 2024));

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.DoesNotContain(Straddles, answer.Notes);
    }

    [Fact]
    public void Change_RangesOverlapping_StraddleNote()
    {
        var answer = Answer(Computation([Acme], ComputationKind.Change) with { Period = new PeriodFilter([2024, 2025]) }, SmallKnowledge.Spending("acme", 10, 20), SmallKnowledge.Spending("acme", 12, 15, year: 2024));

        Assert.Contains(Straddles, answer.Notes);
    }

    [Fact]
    public void GroupTotal_NoStatedTotal_NoStatedFirstNote()
    {
        var answer = Answer(Computation([Trio], ComputationKind.Sum), Acme2025, SmallKnowledge.Spending("beta", 20), SmallKnowledge.Spending("gamma", 30));

        Assert.True(answer.Answered);
        Assert.DoesNotContain(StatedFirst, answer.Notes);
    }

    [Fact]
    public void GroupTotal_StatedTotalAndMembers_StatedFirstNote()
    {
        var stated = TestFacts.Fact(id: "trio-total", subject: "trio", kind: FactKind.Investment, amount: TestFacts.Money(70), period: TestFacts.Year(2025), statement: "the trio 70");

        var answer = Answer(Computation([Trio], ComputationKind.Sum), stated, Acme2025, SmallKnowledge.Spending("beta", 20), SmallKnowledge.Spending("gamma", 30));

        Assert.Contains(StatedFirst, answer.Notes);
    }

    [Fact]
    public void GroupTotal_MembersOfDifferentYears_UnlikePeriodsNoted()
    {
        var answer = Answer(Computation([Trio], ComputationKind.Sum), Acme2025, SmallKnowledge.Spending("beta", 20, year: 2024), SmallKnowledge.Spending("gamma", 30));

        Assert.Contains(answer.Notes, n => n.EndsWith("so the calculation compares unlike periods.", StringComparison.Ordinal));
    }

    [Fact]
    public void GroupTotal_OnlyAStatedTotalForTheYear_Answered()
    {
        var stated = TestFacts.Fact(id: "trio-total", subject: "trio", kind: FactKind.Investment, amount: TestFacts.Money(70), period: TestFacts.Year(2025), statement: "the trio 70");

        var answer = Answer(Computation([Trio], ComputationKind.Sum) with { Period = new PeriodFilter([2025]) }, stated);

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.True(answer.Answered);
    }

    [Fact]
    public void RelationTotal_TiesOfOneInvestor_AddedUpFromItsOwnFiguresOnly()
    {
        var third = TestFacts.Fact(id: "gamma-both", subject: "gamma", kind: FactKind.Investment, amount: TestFacts.Money(50), period: TestFacts.Year(2025), related: ["acme", "beta"], statement: "Gamma with Acme and Beta");

        var answer = Answer(Computation([Acme, Beta], ComputationKind.Sum), Tie("acme-beta-1", 1, 2019), Tie("acme-beta-10", 10, 2023), third);

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.Equal(["Acme", "Acme"], answer.Sections[1].Items.Select(i => i.Label));
    }

    [Fact]
    public void RelationTotal_OneTie_NotATotalOfTies()
    {
        var answer = Answer(Computation([Acme, Beta], ComputationKind.Sum), Tie("acme-beta-5", 5, 2025));

        Assert.Contains("Beta", answer.Sections.SelectMany(s => s.Items).Select(i => i.Label));
    }

    [Fact]
    public void RelationTotal_PossibleTie_SaysTheResultIsOnlyPossible()
    {
        var possible = TestFacts.Fact(id: "acme-beta-possible", kind: FactKind.Investment, amount: TestFacts.Money(4, qualifier: Qualifier.Possibly), period: TestFacts.Year(2024), related: ["beta"], statement: "Acme may put 4 into Beta");

        var answer = Answer(Computation([Acme, Beta], ComputationKind.Sum), Tie("acme-beta-10", 10, 2023), possible);

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.Contains(Uncertain, answer.Notes);
    }

    [Fact]
    public void Pair_OneSubjectWithOneFigure_NothingComputed()
    {
        var answer = Answer(Computation([Acme], ComputationKind.Difference), Acme2025);

        Assert.Equal(AnswerKind.Figures, answer.Kind);
    }

    [Fact]
    public void Pair_DifferentCurrencies_OnlyTheCannotCompareNote()
    {
        var answer = Answer(Computation([Acme, Beta], ComputationKind.Difference), Acme2025, SmallKnowledge.Spending("beta", 20, currency: "EUR"));

        var note = Assert.Single(answer.Notes);
        Assert.StartsWith("Beta and Acme are in different currencies", note, StringComparison.Ordinal);
    }

    [Fact]
    public void PerYear_PossiblePlan_SaysTheResultIsOnlyPossible()
    {
        var plan = TestFacts.Fact(id: "acme-plan", kind: FactKind.Investment, amount: TestFacts.Money(100, qualifier: Qualifier.Possibly), period: new Period(PeriodKind.Range, FromYear: 2025, ToYear: 2028), statement: "Acme may spend 100");

        var answer = Answer(Computation([Acme], ComputationKind.PerYear), plan);

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.Contains(Uncertain, answer.Notes);
    }

    [Fact]
    public void Sum_BothFiscalYears_NoFiscalVersusCalendarNote()
    {
        var acmeFiscal = TestFacts.Fact(id: "acme-fy", amount: TestFacts.Money(10), period: new Period(PeriodKind.FiscalYear, 2025), statement: "Acme FY 10");
        var betaFiscal = TestFacts.Fact(id: "beta-fy", subject: "beta", amount: TestFacts.Money(20), period: new Period(PeriodKind.FiscalYear, 2025), statement: "Beta FY 20");

        var answer = Answer(Computation([Acme, Beta], ComputationKind.Sum), acmeFiscal, betaFiscal);

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.DoesNotContain(answer.Notes, n => n.Contains("fiscal year is not a calendar year", StringComparison.Ordinal));
    }

    private static Fact Tie(string id, decimal billions, int year) =>
        TestFacts.Fact(id: id, kind: FactKind.Investment, amount: TestFacts.Money(billions), period: TestFacts.Year(year), related: ["beta"], statement: id);

    private static Query Computation(IReadOnlyList<Subject> subjects, ComputationKind operation) =>
        new Query("q", Language.English, QueryIntent.Compare, subjects, [], PeriodFilter.None, []) { Computation = operation };

    private static Answer Answer(Query query, params Fact[] facts)
    {
        var knowledge = SmallKnowledge.With(facts);
        return SmallKnowledge.Engine(knowledge).Answer(knowledge, query);
    }
}
