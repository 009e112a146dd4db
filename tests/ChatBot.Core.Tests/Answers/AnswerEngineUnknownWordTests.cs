using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// Words the knowledge has no entry for: a measure no figure counts ("Wie viele Mitarbeiter …"), unless it is a
/// misspelt word of some fact's sentence; names whose facts are found by mention, those naming most first; and
/// the subject whose figure states a quoted number becoming the whole a share is asked of.
/// </summary>
public sealed class AnswerEngineUnknownWordTests
{
    private static readonly KnowledgeBase Empty = SmallKnowledge.With();
    private static readonly Subject Acme = Empty.FindSubject("acme")!;

    private static readonly Fact People = TestFacts.Fact(id: "acme-people", amount: TestFacts.Money(10), period: TestFacts.Year(2025), statement: "Acme hires engineers and staff for its warehouses");

    [Theory]
    [InlineData("warahouzes")] // ten letters, two letters wrong: a misspelling
    [InlineData("enganeors")] // nine letters, two letters wrong
    [InlineData("stiff")] // five letters, one letter wrong
    [InlineData("staaff")] // one letter longer, one letter added
    public void Answer_MeasureNearAWordOfAFact_TheSubjectsFigures(string measure)
    {
        var answer = Ask(Measuring([Acme], measure), People);

        Assert.Equal(AnswerKind.Figures, answer.Kind);
        Assert.True(answer.Answered);
    }

    [Theory]
    [InlineData("stoof")] // five letters, two letters wrong: another word
    [InlineData("employees")]
    public void Answer_MeasureNoFactMentions_NoFigureForIt(string measure)
    {
        var answer = Ask(Measuring([Acme], measure), People);

        Assert.Equal(AnswerKind.NoFigure, answer.Kind);
        Assert.Equal($"I have no figure for that: my knowledge has nothing on “{measure}”.", answer.Headline);
    }

    [Fact]
    public void Answer_MeasureWithoutASubject_AsksWhichSubject()
    {
        var answer = Ask(Measuring([], "employees"), People);

        Assert.Equal(AnswerKind.Clarification, answer.Kind);
    }

    [Fact]
    public void Answer_TwoNamesMentionedTogetherOnce_TheFactNamingBoth()
    {
        var both = TestFacts.Fact(id: "both", subject: "ruritania", amount: TestFacts.Money(10), period: TestFacts.Year(2025), statement: "Trump and Macron announce 10");
        var one = TestFacts.Fact(id: "one", subject: "ruritania", amount: TestFacts.Money(5), period: TestFacts.Year(2025), statement: "Trump announces 5");

        var answer = Ask(Query([]) with { UnknownNames = ["Trump", "Macron"] }, both, one);

        Assert.Equal(["$10 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Answer_UnknownNameWithoutAnyWord_NoFigure()
    {
        var answer = Ask(Query([]) with { UnknownNames = ["--"] }, People);

        Assert.Equal(AnswerKind.NoFigure, answer.Kind);
    }

    [Fact]
    public void Answer_ShareOfANumberStatedByAnUnrelatedSubject_StaysTheSubjectsQuestion()
    {
        var beta300 = SmallKnowledge.Spending("beta", 300, kind: FactKind.Investment);
        var betaOther = SmallKnowledge.Spending("beta", 5, year: 2024);

        var answer = Ask(Query([Acme]) with { Computation = ComputationKind.Share, Numbers = [300m] }, beta300, betaOther, SmallKnowledge.Spending("acme", 10));

        Assert.Equal(["acme"], answer.Query.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Answer_ShareOfANumberStatedByASubjectNamingTheAsked_AskedOfThatSubject()
    {
        var beta300 = SmallKnowledge.Spending("beta", 300, kind: FactKind.Investment);
        var betaWithAcme = TestFacts.Fact(id: "beta-acme", subject: "beta", amount: TestFacts.Money(20), period: TestFacts.Year(2025), related: ["acme"], statement: "20 of it from Acme");

        var answer = Ask(Query([Acme]) with { Computation = ComputationKind.Share, Numbers = [300m] }, beta300, betaWithAcme);

        Assert.Equal(["acme", "beta"], answer.Query.Subjects.Select(s => s.Id));
    }

    private static Query Query(IReadOnlyList<Subject> subjects) =>
        new("q", Language.English, QueryIntent.Figures, subjects, [], PeriodFilter.None, []);

    private static Query Measuring(IReadOnlyList<Subject> subjects, string measure) => Query(subjects) with { UnknownMeasure = measure };

    private static Answer Ask(Query query, params Fact[] facts)
    {
        var knowledge = SmallKnowledge.With(facts);
        return SmallKnowledge.Engine(knowledge).Answer(knowledge, query);
    }
}
