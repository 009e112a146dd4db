using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// What a subject's figures answer says first (no figure for the period, no amount, no own figure) and which
/// figures it still shows, each lead said once and only when it is true.
/// </summary>
public sealed class FiguresComposerLeadTests
{
    private static readonly KnowledgeBase Empty = SmallKnowledge.With();
    private static readonly Subject Acme = Empty.FindSubject("acme")!;
    private static readonly Subject Beta = Empty.FindSubject("beta")!;
    private static readonly Subject Gamma = Empty.FindSubject("gamma")!;
    private static readonly Topic DataCenters = Empty.Topics[0];

    private static readonly Fact Acme2025 = SmallKnowledge.Spending("acme", 10);
    private static readonly Fact Acme2024 = SmallKnowledge.Spending("acme", 8, year: 2024);
    private static readonly Fact Acme2023 = SmallKnowledge.Spending("acme", 6, year: 2023);
    private static readonly Fact AcmeNote = TestFacts.Fact(id: "acme-note", kind: FactKind.Note, statement: "Acme expects relief");

    [Fact]
    public void Compose_TwoSubjectsWithoutFigures_Unanswered()
    {
        var answer = Answer(Figures(Gamma, Beta), Acme2025);

        Assert.False(answer.Answered);
        Assert.Equal(["I have no figure for Gamma.", "I have no figure for Beta."], answer.Lead);
    }

    [Fact]
    public void Compose_OnlyNotesAndNoAmountAsked_AnsweredWithoutALead()
    {
        var answer = Answer(Figures(Acme), AcmeNote);

        Assert.True(answer.Answered);
        Assert.Empty(answer.Lead);
    }

    [Fact]
    public void Compose_AmountAskedAndOneFigureHasIt_NoNoAmountLead()
    {
        var reachWithoutAmount = TestFacts.Fact(id: "acme-reach", kind: FactKind.Reach, period: TestFacts.Year(2025), statement: "Acme is everywhere");

        var answer = Answer(Figures(Acme) with { AsksAmount = true }, Acme2025, reachWithoutAmount);

        Assert.True(answer.Answered);
        Assert.Empty(answer.Lead);
    }

    [Fact]
    public void Compose_AmountAskedForAYearWithoutFigures_OnlyTheMissingYearIsSaid()
    {
        var answer = Answer(Figures(Acme) with { AsksAmount = true, Period = new PeriodFilter([2022]) }, Acme2025);

        Assert.False(answer.Answered);
        Assert.Equal(["I have no figure for Acme for 2022."], answer.Lead);
    }

    [Fact]
    public void Compose_AmountAskedOfOneKnownThroughACountryAndACompany_NotItsOwn()
    {
        var plan = TestFacts.Fact(id: "ruritania-plan", subject: "ruritania", amount: TestFacts.Money(20, currency: "EUR"), period: TestFacts.Year(2025), related: ["gamma"], statement: "Gamma funds Ruritania");
        var deal = TestFacts.Fact(id: "beta-deal", subject: "beta", amount: TestFacts.Money(5), period: TestFacts.Year(2025), related: ["gamma"], statement: "Beta pays Gamma");

        var answer = Answer(Figures(Gamma) with { AsksAmount = true }, plan, deal);

        Assert.False(answer.Answered);
        Assert.Equal(["I have no figure for Gamma's own investment; these figures are others' in which Gamma is involved."], answer.Lead);
    }

    [Fact]
    public void Compose_TopicFigureOnlyInAnotherYear_OtherFiguresShowOnlyTheOffTopicOnes()
    {
        var centres2024 = SmallKnowledge.Spending("acme", 3, year: 2024, kind: FactKind.DataCenters);

        var answer = Answer(Figures(Acme) with { Topics = [DataCenters], Period = new PeriodFilter([2025]) }, Acme2025, centres2024);

        Assert.False(answer.Answered);
        Assert.Equal(["I have no figure for Acme for 2025."], answer.Lead);
        Assert.Equal(["Other periods", "More figures for Acme"], answer.Sections.Select(s => s.Title));
        Assert.Equal(["$3 billion"], answer.Sections[0].Items.Select(i => i.Figure));
        Assert.Equal(["$10 billion"], answer.Sections[1].Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_QuarterWithOnlyTheYear_OtherYearsFollowAsMoreFigures()
    {
        var answer = Answer(Figures(Acme) with { Period = new PeriodFilter([2025], Quarter: 1) }, Acme2025, Acme2023);

        Assert.False(answer.Answered);
        Assert.Equal([null, "More figures for Acme"], answer.Sections.Select(s => s.Title));
        Assert.Equal(["$10 billion"], answer.Sections[0].Items.Select(i => i.Figure));
        Assert.Equal(["$6 billion"], answer.Sections[1].Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_RelativeYearWithAFigure_ThatFigureWithoutALead()
    {
        var answer = Answer(Figures(Acme) with { Period = new PeriodFilter([2025], IsRelative: true) }, Acme2024, Acme2025);

        Assert.True(answer.Answered);
        Assert.Empty(answer.Lead);
        Assert.Equal(["$10 billion"], answer.Sections[0].Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_RelativeYearForASubjectWithoutFigures_OnlyNoFigureAtAll()
    {
        var answer = Answer(Figures(Gamma) with { Period = new PeriodFilter([2026], IsRelative: true) }, Acme2025);

        Assert.Equal(["I have no figure for Gamma."], answer.Lead);
    }

    [Fact]
    public void Compose_YearForASubjectWithoutFigures_OnlyNoFigureAtAll()
    {
        var answer = Answer(Figures(Gamma) with { Period = new PeriodFilter([2023]) }, Acme2025);

        Assert.Equal(["I have no figure for Gamma."], answer.Lead);
    }

    [Fact]
    public void Compose_QuarterWithTheYearsFigure_TheYearIsNotRepeatedAsAnotherPeriod()
    {
        var answer = Answer(Figures(Acme) with { Period = new PeriodFilter([2025], Quarter: 1) }, Acme2025);

        Assert.Equal(["$10 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_YearAPlanRunsUntil_ThePlanIsNotRepeatedAsAnotherPeriod()
    {
        var plan = TestFacts.Fact(id: "acme-plan", kind: FactKind.Investment, amount: TestFacts.Money(100), period: new Period(PeriodKind.Until, FromYear: 2025, ToYear: 2028), statement: "acme plan");

        var answer = Answer(Figures(Acme) with { Period = new PeriodFilter([2028]) }, plan);

        Assert.Equal(["$100 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_YearWithoutAFigureButASpanningOne_OnlyTheSpanningOneAsOtherPeriod()
    {
        var range = TestFacts.Fact(id: "acme-range", amount: TestFacts.Money(9), period: new Period(PeriodKind.Range, FromYear: 2022, ToYear: 2024), statement: "acme range");

        var answer = Answer(Figures(Acme) with { Period = new PeriodFilter([2023]) }, range, Acme2025);

        Assert.Equal(["I have no figure for Acme for 2023."], answer.Lead);
        Assert.Equal(["Other periods", "More figures for Acme"], answer.Sections.Select(s => s.Title));
        Assert.Equal(["$9 billion"], answer.Sections[0].Items.Select(i => i.Figure));
        Assert.Equal(["$10 billion"], answer.Sections[1].Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_MonthOnlyAsked_OthersFiguresInvolvingTheSubjectStillShown()
    {
        var deal = TestFacts.Fact(id: "beta-deal", subject: "beta", amount: TestFacts.Money(5), period: TestFacts.Year(2025), related: ["acme"], statement: "Beta pays Acme");

        var answer = Answer(Figures(Acme) with { Period = new PeriodFilter([], Month: 6) }, Acme2025, deal);

        Assert.Equal("Other figures involving Acme", answer.Sections[^1].Title);
        Assert.Equal(["$5 billion"], answer.Sections[^1].Items.Select(i => i.Figure));
    }

    private static Query Figures(params Subject[] subjects) =>
        new("q", Language.English, QueryIntent.Figures, subjects, [], PeriodFilter.None, []);

    private static Answer Answer(Query query, params Fact[] facts)
    {
        var knowledge = SmallKnowledge.With(facts);
        return SmallKnowledge.Engine(knowledge).Answer(knowledge, query);
    }
}
