using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>Follow-up questions completed from the previous query, on queries built by hand.</summary>
public sealed class FollowUpTests
{
    private static readonly Subject Acme = new("acme", TestFacts.Text("Acme", "Acme"), SubjectKind.Company, [], []);
    private static readonly Subject Beta = new("beta", TestFacts.Text("Beta", "Beta"), SubjectKind.Company, [], []);
    private static readonly Topic DataCenters = TestFacts.Topic("data-centers", FactKind.DataCenters);
    private static readonly Topic Chips = TestFacts.Topic("chips");
    private static readonly PeriodFilter Year2025 = new([2025]);
    private static readonly PeriodFilter Year2024 = new([2024]);

    private static readonly Query Previous = Q("How much does Acme invest in 2025?", QueryIntent.Compare, [Acme], Year2025, [Chips]) with
    {
        Computation = ComputationKind.Difference,
        BaseSubjectId = "acme",
        WantsQuotes = true,
    };

    [Fact]
    public void Apply_PeriodOnly_KeepsSubjectsTopicsCalculationAndBaseAndUsesTheNewPeriod()
    {
        var query = Q("And 2024?", QueryIntent.Figures, [], Year2024, []);

        var completed = FollowUp.Apply(query, Previous);

        Assert.Equal(QueryIntent.Figures, completed.Intent);
        Assert.Equal([Acme], completed.Subjects);
        Assert.Same(Year2024, completed.Period);
        Assert.Equal([Chips], completed.Topics);
        Assert.Equal(ComputationKind.Difference, completed.Computation);
        Assert.Equal("acme", completed.BaseSubjectId);
        Assert.Equal("And 2024?", completed.Text);
    }

    [Fact]
    public void Apply_TopicOnly_KeepsThePreviousPeriodAndUsesTheNewTopic()
    {
        var query = Q("And data centres?", QueryIntent.Total, [], PeriodFilter.None, [DataCenters]) with
        {
            Computation = ComputationKind.Sum,
            BaseSubjectId = "beta",
        };

        var completed = FollowUp.Apply(query, Previous);

        Assert.Equal(QueryIntent.Total, completed.Intent);
        Assert.Same(Year2025, completed.Period);
        Assert.Equal([DataCenters], completed.Topics);
        Assert.Equal(ComputationKind.Sum, completed.Computation);
        Assert.Equal("beta", completed.BaseSubjectId);
    }

    [Fact]
    public void Apply_SourcesWithoutPeriodOrTopic_KeepsThePreviousQuestionWholeAndItsIntent()
    {
        var query = Q("Where does that figure come from?", QueryIntent.Sources, [], PeriodFilter.None, []);

        var completed = FollowUp.Apply(query, Previous);

        Assert.Equal(QueryIntent.Compare, completed.Intent);
        Assert.Equal([Acme], completed.Subjects);
        Assert.Same(Year2025, completed.Period);
        Assert.Equal([Chips], completed.Topics);
    }

    [Theory]
    [InlineData(QueryIntent.Compare)]
    [InlineData(QueryIntent.Total)]
    [InlineData(QueryIntent.Figures)]
    public void Apply_FollowUpIntents_TakeThePreviousSubjects(QueryIntent intent) =>
        Assert.Equal([Acme], FollowUp.Apply(Q("and 2024", intent, [], Year2024, []), Previous).Subjects);

    [Theory]
    [InlineData(QueryIntent.Rank)]
    [InlineData(QueryIntent.Subjects)]
    [InlineData(QueryIntent.Help)]
    [InlineData(QueryIntent.Greeting)]
    public void Apply_OtherIntents_StandOnTheirOwn(QueryIntent intent)
    {
        var query = Q("and 2024", intent, [], Year2024, []);

        Assert.Same(query, FollowUp.Apply(query, Previous));
    }

    [Fact]
    public void Apply_FiguresWithoutPeriodOrTopic_StandsOnItsOwn()
    {
        var query = Q("and?", QueryIntent.Figures, [], PeriodFilter.None, []);

        Assert.Same(query, FollowUp.Apply(query, Previous));
    }

    [Fact]
    public void Apply_UnknownName_StandsOnItsOwn()
    {
        var query = Q("And Intel in 2024?", QueryIntent.Figures, [], Year2024, [], unknown: ["Intel"]);

        Assert.Same(query, FollowUp.Apply(query, Previous));
    }

    [Fact]
    public void Apply_PreviousWithoutSubjects_StandsOnItsOwn()
    {
        var query = Q("And 2024?", QueryIntent.Figures, [], Year2024, []);

        Assert.Same(query, FollowUp.Apply(query, Previous with { Subjects = [] }));
    }

    [Theory]
    [InlineData("And Beta?")]
    [InlineData("und Beta")]
    [InlineData("what about Beta")]
    [InlineData("Wie sieht es bei Beta aus")]
    [InlineData("was ist mit Beta")]
    [InlineData("bei Beta")]
    [InlineData("Same for Beta")]
    [InlineData("auch Beta")]
    [InlineData("also Beta")]
    public void Apply_AnotherSubjectAskedTheSameWay_TakesPeriodTopicsIntentAndQuotes(string text)
    {
        var previous = Previous with { Intent = QueryIntent.Sources };
        var query = Q(text, QueryIntent.Compare, [Beta], PeriodFilter.None, []);

        var completed = FollowUp.Apply(query, previous);

        Assert.Equal([Beta], completed.Subjects);
        Assert.Same(Year2025, completed.Period);
        Assert.Equal([Chips], completed.Topics);
        Assert.Equal(QueryIntent.Sources, completed.Intent);
        Assert.True(completed.WantsQuotes);
    }

    [Fact]
    public void Apply_AnotherSubjectAfterAComparison_KeepsItsOwnIntent()
    {
        var completed = FollowUp.Apply(Q("and Beta", QueryIntent.Figures, [Beta], PeriodFilter.None, []), Previous);

        Assert.Equal(QueryIntent.Figures, completed.Intent);
        Assert.Same(Year2025, completed.Period);
    }

    [Fact]
    public void Apply_AnotherSubjectAfterFigures_TakesTheFiguresIntent()
    {
        var completed = FollowUp.Apply(Q("and Beta", QueryIntent.Compare, [Beta], PeriodFilter.None, []), Previous with { Intent = QueryIntent.Figures });

        Assert.Equal(QueryIntent.Figures, completed.Intent);
    }

    [Theory]
    [InlineData("How much does Beta invest")]
    [InlineData("what does Beta plan")]
    [InlineData("Beta and Acme")]
    [InlineData("and what about Beta in the next few years")]
    [InlineData("")]
    public void Apply_SubjectQuestionThatDoesNotOpenAFollowUp_StandsOnItsOwn(string text)
    {
        var query = Q(text, QueryIntent.Figures, [Beta], PeriodFilter.None, []);

        Assert.Same(query, FollowUp.Apply(query, Previous));
    }

    [Fact]
    public void Apply_AnotherSubjectWithItsOwnPeriodTopicOrCalculation_StandsOnItsOwn()
    {
        var withPeriod = Q("and Beta", QueryIntent.Figures, [Beta], Year2024, []);
        var withTopic = Q("and Beta", QueryIntent.Figures, [Beta], PeriodFilter.None, [DataCenters]);
        var withCalculation = Q("and Beta", QueryIntent.Figures, [Beta], PeriodFilter.None, []) with { Computation = ComputationKind.Sum };

        Assert.Same(withPeriod, FollowUp.Apply(withPeriod, Previous));
        Assert.Same(withTopic, FollowUp.Apply(withTopic, Previous));
        Assert.Same(withCalculation, FollowUp.Apply(withCalculation, Previous));
    }

    [Fact]
    public void Apply_AnotherSubjectAfterAQuestionWithoutSubjects_StandsOnItsOwn()
    {
        var query = Q("and Beta", QueryIntent.Figures, [Beta], PeriodFilter.None, []);

        Assert.Same(query, FollowUp.Apply(query, Previous with { Subjects = [] }));
    }

    private static Query Q(string text, QueryIntent intent, IReadOnlyList<Subject> subjects, PeriodFilter period, IReadOnlyList<Topic> topics, IReadOnlyList<string>? unknown = null) =>
        new(text, Language.English, intent, subjects, topics, period, unknown ?? []);
}
