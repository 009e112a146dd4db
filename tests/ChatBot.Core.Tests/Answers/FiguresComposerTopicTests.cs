using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// Figures on a topic across all subjects ("Was wird in Rechenzentren investiert?"), asked as hand-built queries
/// on the small knowledge: which figures lead, which follow as other periods, what the lead says when the asked
/// period has none, and when the answer counts as answered.
/// </summary>
public sealed class FiguresComposerTopicTests
{
    private static readonly Topic DataCenters = SmallKnowledge.With().Topics[0];

    private static readonly Fact Acme2025 = Centres("acme", 3, TestFacts.Year(2025));
    private static readonly Fact Beta2024 = Centres("beta", 4, TestFacts.Year(2024));
    private static readonly Fact GammaPlan = Centres("gamma", 50, new Period(PeriodKind.Range, FromYear: 2024, ToYear: 2027));
    private static readonly Fact AcmeUndated = Centres("acme", 7, Period.Unspecified);
    private static readonly Fact AcmeCapex = SmallKnowledge.Spending("acme", 10);

    [Fact]
    public void ComposeTopic_NoPeriod_EveryFigureOnTheTopicLabelledWithItsSubject()
    {
        var answer = Answer(Topic(PeriodFilter.None), Acme2025, Beta2024, AcmeCapex);

        Assert.True(answer.Answered);
        Assert.Equal("Figures on data-centers", answer.Headline);
        Assert.Empty(answer.Lead);
        var section = Assert.Single(answer.Sections);
        Assert.Null(section.Title);
        Assert.Equal(["$3 billion", "$4 billion"], section.Items.Select(i => i.Figure));
        Assert.Equal(["Acme", "Beta"], section.Items.Select(i => i.Label));
    }

    [Fact]
    public void ComposeTopic_YearWithAFigure_ItLeadsAndOverlappingOrUndatedOnesFollowAsOtherPeriods()
    {
        var answer = Answer(Topic(new PeriodFilter([2025])), Acme2025, Beta2024, GammaPlan, AcmeUndated);

        Assert.True(answer.Answered);
        Assert.Empty(answer.Lead);
        Assert.Equal([null, "Other periods"], answer.Sections.Select(s => s.Title));
        Assert.Equal(["$3 billion"], answer.Sections[0].Items.Select(i => i.Figure));
        Assert.Equal(["Acme"], answer.Sections[0].Items.Select(i => i.Label));
        Assert.Equal(["$50 billion", "$7 billion"], answer.Sections[1].Items.Select(i => i.Figure).Order(StringComparer.Ordinal));
        Assert.Equal(["Acme", "Gamma"], answer.Sections[1].Items.Select(i => i.Label).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ComposeTopic_RelativeYearWithAFigure_AnsweredLikeThatYear()
    {
        var answer = Answer(Topic(new PeriodFilter([2025], IsRelative: true)), Acme2025, Beta2024, AcmeUndated);

        Assert.True(answer.Answered);
        Assert.Empty(answer.Lead);
        Assert.Equal(["$3 billion"], answer.Sections[0].Items.Select(i => i.Figure));
        Assert.Equal(["$7 billion"], answer.Sections[1].Items.Select(i => i.Figure));
    }

    [Fact]
    public void ComposeTopic_RelativeYearWithoutAFigure_SaysSoAndTheLatestFiguresAnswer()
    {
        var answer = Answer(Topic(new PeriodFilter([2026], IsRelative: true)), Acme2025, Beta2024, AcmeUndated);

        Assert.True(answer.Answered);
        Assert.Equal(["I have no figure for data-centers for that period yet; here are the latest figures."], answer.Lead);
        var section = Assert.Single(answer.Sections);
        Assert.Null(section.Title);
        Assert.Equal(["$3 billion", "$4 billion", "$7 billion"], section.Items.Select(i => i.Figure));
        Assert.Equal(["Acme", "Beta", "Acme"], section.Items.Select(i => i.Label));
    }

    [Fact]
    public void ComposeTopic_YearWithoutAFigure_SaysSoUnansweredAndShowsTheUndated()
    {
        var answer = Answer(Topic(new PeriodFilter([2023])), Acme2025, Beta2024, AcmeUndated);

        Assert.False(answer.Answered);
        Assert.Equal(["I have no figure for data-centers for 2023."], answer.Lead);
        var section = Assert.Single(answer.Sections);
        Assert.Equal("Other periods", section.Title);
        Assert.Equal(["$7 billion"], section.Items.Select(i => i.Figure));
    }

    [Fact]
    public void ComposeTopic_MonthWithoutAYear_NoPeriodAskedSoEveryFigureLeads()
    {
        // A month alone leaves the period empty: every figure answers, none is moved to "other periods".
        var answer = Answer(Topic(new PeriodFilter([], Month: 6)), Acme2025, AcmeUndated);

        Assert.True(answer.Answered);
        Assert.Empty(answer.Lead);
        Assert.Equal(["$3 billion", "$7 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void ComposeTopic_TwoTopics_FiguresOnEitherTopic()
    {
        var chips = new Topic("chips", TestFacts.Text("Chips", "chips"), []) { Kinds = [FactKind.Investment] };
        var chipFigure = SmallKnowledge.Spending("beta", 9, kind: FactKind.Investment);
        var knowledge = new KnowledgeBase(
            [SmallKnowledge.Article1, SmallKnowledge.Article2], [DataCenters, chips], SmallKnowledge.With().Subjects, [Acme2025, chipFigure, AcmeCapex], "two-topics");
        var query = new Query("q", Language.English, QueryIntent.Figures, [], [DataCenters, chips], PeriodFilter.None, []);

        var answer = SmallKnowledge.Engine(knowledge).Answer(knowledge, query);

        Assert.True(answer.Answered);
        Assert.Equal("Figures on data-centers and chips", answer.Headline);
        Assert.Equal(["$3 billion", "$9 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure).Order(StringComparer.Ordinal));
    }

    private static Fact Centres(string subject, decimal billions, Period period) => TestFacts.Fact(
        id: $"{subject}-centres-{billions}",
        subject: subject,
        kind: FactKind.DataCenters,
        amount: TestFacts.Money(billions),
        period: period,
        statement: $"{subject} builds data centres for {billions}");

    private static Query Topic(PeriodFilter period) =>
        new("q", Language.English, QueryIntent.Figures, [], [DataCenters], period, []);

    private static Answer Answer(Query query, params Fact[] facts)
    {
        var knowledge = SmallKnowledge.With(facts);
        return SmallKnowledge.Engine(knowledge).Answer(knowledge, query);
    }
}
