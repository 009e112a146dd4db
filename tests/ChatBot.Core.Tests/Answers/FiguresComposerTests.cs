using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// The figures answer on the small knowledge (Acme, Beta, Gamma, the trio, Ruritania), asked as queries built by
/// hand so only the composition is under test: what leads, which sections follow, and when it is not answered.
/// </summary>
public sealed class FiguresComposerTests
{
    private static readonly Subject Acme = Find("acme");
    private static readonly Subject Beta = Find("beta");
    private static readonly Subject Gamma = Find("gamma");

    private static readonly Fact Acme2025 = SmallKnowledge.Spending("acme", 10);
    private static readonly Fact Acme2024 = SmallKnowledge.Spending("acme", 8, year: 2024);
    private static readonly Fact Beta2025 = SmallKnowledge.Spending("beta", 20);

    [Fact]
    public void Compose_OneSubjectNoPeriod_AllItsFiguresNewestFirstAndAnswered()
    {
        var answer = Answer(Figures(Acme), Acme2024, Acme2025, Beta2025);

        Assert.Equal(AnswerKind.Figures, answer.Kind);
        Assert.True(answer.Answered);
        Assert.Equal("Acme: AI investment figures", answer.Headline);
        Assert.Empty(answer.Lead);
        var section = Assert.Single(answer.Sections);
        Assert.Null(section.Title);
        Assert.Equal(["$10 billion", "$8 billion"], section.Items.Select(i => i.Figure));
        Assert.All(section.Items, i => Assert.Null(i.Label));
        Assert.Equal(["2025", "2024"], section.Items.Select(i => i.Period));
    }

    [Fact]
    public void Compose_YearWithAFigure_ThatFigureThenOtherPeriodsSeparately()
    {
        var plan = Plan("acme", 100, 2025, 2028);
        var answer = Answer(Figures(Acme) with { Period = new PeriodFilter([2025]) }, Acme2024, Acme2025, plan);

        Assert.True(answer.Answered);
        Assert.Equal("Acme: figures for 2025", answer.Headline);
        Assert.Equal(2, answer.Sections.Count);
        Assert.Equal(["$10 billion"], answer.Sections[0].Items.Select(i => i.Figure));
        Assert.Equal("Other periods", answer.Sections[1].Title);
        Assert.Equal(["$100 billion"], answer.Sections[1].Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_YearWithoutAFigure_SaysSoAndShowsTheOthersUnanswered()
    {
        var answer = Answer(Figures(Acme) with { Period = new PeriodFilter([2023]) }, Acme2024, Acme2025);

        Assert.False(answer.Answered);
        Assert.Equal(["I have no figure for Acme for 2023."], answer.Lead);
        Assert.Equal("Acme: figures for 2023", answer.Headline);
        var section = Assert.Single(answer.Sections);
        Assert.Equal("Other periods", section.Title);
        Assert.Equal(["$10 billion", "$8 billion"], section.Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_RelativeYearWithoutAFigure_LatestFiguresAnswerIt()
    {
        var answer = Answer(Figures(Acme) with { Period = new PeriodFilter([2026], IsRelative: true) }, Acme2024, Acme2025);

        Assert.True(answer.Answered);
        Assert.Equal(["I have no figure for Acme for that period yet; here are the latest figures."], answer.Lead);
        Assert.Equal(["$10 billion", "$8 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_QuarterWithOnlyTheYear_SaysTheYearStandsInAndIsNotAnswered()
    {
        var answer = Answer(Figures(Acme, Language.German) with { Period = new PeriodFilter([2025], Quarter: 1) }, Acme2024, Acme2025);

        Assert.False(answer.Answered);
        Assert.Equal(["Für 1. Quartal 2025 habe ich keine eigene Zahl zu Acme; das sind die Zahlen für 2025."], answer.Lead);
        Assert.Equal("Acme: Zahlen für 1. Quartal 2025", answer.Headline);
        Assert.Equal(["10 Mrd. US-Dollar"], answer.Sections[0].Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_YearAPlanRunsUntil_ThePlanAnswersWithANote()
    {
        var plan = Plan("acme", 100, 2025, 2028);
        var answer = Answer(Figures(Acme) with { Period = new PeriodFilter([2028]) }, Acme2025, plan);

        Assert.True(answer.Answered);
        Assert.Empty(answer.Lead);
        Assert.Equal(["The figure covers the whole period until 2028, not the year 2028 alone."], answer.Notes);
        Assert.Equal(["$100 billion"], answer.Sections[0].Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_UntilYear_HeadlineSaysUntil()
    {
        var plan = Plan("acme", 100, 2025, 2028);

        Assert.Equal("Acme: figures until 2028", Answer(Figures(Acme) with { Period = new PeriodFilter([], UntilYear: 2028) }, plan).Headline);
    }

    [Fact]
    public void Compose_SubjectWithoutFacts_NoFigureAtAllUnanswered()
    {
        var answer = Answer(Figures(Gamma), Acme2025);

        Assert.False(answer.Answered);
        Assert.Equal(["I have no figure for Gamma."], answer.Lead);
        Assert.Empty(answer.Sections);
    }

    [Fact]
    public void Compose_TwoSubjects_OneTitledSectionEach()
    {
        var answer = Answer(Figures(Acme, Beta), Acme2025, Beta2025);

        Assert.True(answer.Answered);
        Assert.Equal("Acme and Beta: AI investment figures", answer.Headline);
        Assert.Equal(["Acme", "Beta"], answer.Sections.Select(s => s.Title));
        Assert.Equal(["$10 billion", "$20 billion"], answer.Sections.Select(s => s.Items[0].Figure));
    }

    [Fact]
    public void Compose_TwoSubjectsOneWithout_AnsweredForTheOther()
    {
        var answer = Answer(Figures(Acme, Gamma), Acme2025);

        Assert.True(answer.Answered);
        Assert.Equal(["I have no figure for Gamma."], answer.Lead);
    }

    [Fact]
    public void Compose_TwoSubjectsWithAYearOneHasOnlyOthers_OtherPeriodsTitledWithTheName()
    {
        var answer = Answer(Figures(Acme, Beta) with { Period = new PeriodFilter([2024]) }, Acme2024, Beta2025);

        Assert.Equal(["Acme", "Other periods (Beta)"], answer.Sections.Select(s => s.Title));
        Assert.Equal("Acme and Beta: figures for 2024", answer.Headline);
    }

    [Fact]
    public void Compose_MoneyAndOtherFigures_MoneyLeadsOthersOnOneLine()
    {
        var reach = TestFacts.Fact(id: "acme-reach", kind: FactKind.Reach, amount: new Amount(30, 30, Unit.Countries, null, Scale.One, Qualifier.Exact), period: TestFacts.Year(2025), statement: "Acme in 30 countries");
        var model = TestFacts.Fact(id: "acme-model", kind: FactKind.Model, amount: new Amount(7, 7, Unit.Parameters, null, Scale.Billion, Qualifier.Exact), statement: "Acme model");

        var answer = Answer(Figures(Acme), Acme2025, reach, model);

        Assert.Equal([null, "More figures (not money)"], answer.Sections.Select(s => s.Title));
        Assert.Equal(["$10 billion"], answer.Sections[0].Items.Select(i => i.Figure));
        var line = Assert.Single(answer.Sections[1].Items);
        Assert.Null(line.Figure);
        Assert.Equal("30 countries (reach, 2025); 7 billion parameters (model)", line.Text);
        Assert.Equal([reach, model], line.Facts);
        Assert.Equal([1], line.SourceNumbers);
    }

    [Fact]
    public void Compose_OnlyOtherFigures_NoSeparateLine()
    {
        var reach = TestFacts.Fact(id: "acme-reach", kind: FactKind.Reach, amount: new Amount(30, 30, Unit.Countries, null, Scale.One, Qualifier.Exact), period: TestFacts.Year(2025), statement: "Acme in 30 countries");

        var answer = Answer(Figures(Acme), reach);

        Assert.Equal(["30 countries"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_NotesBesideFigures_NotesLeftOut()
    {
        var note = TestFacts.Fact(id: "acme-note", kind: FactKind.Note, statement: "Acme expects relief");

        var answer = Answer(Figures(Acme), Acme2025, note);

        Assert.Equal(["$10 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_OnlyNotes_NotesShown()
    {
        var note = TestFacts.Fact(id: "acme-note", kind: FactKind.Note, statement: "Acme expects relief");

        var answer = Answer(Figures(Acme), note);

        Assert.Equal(["Acme expects relief"], Assert.Single(answer.Sections).Items.Select(i => i.Text));
    }

    [Fact]
    public void Compose_AmountAskedButNoneStated_SaysSoUnanswered()
    {
        var note = TestFacts.Fact(id: "acme-note", kind: FactKind.Note, statement: "Acme expects relief");

        var answer = Answer(Figures(Acme) with { AsksAmount = true }, note);

        Assert.False(answer.Answered);
        Assert.Equal(["My sources state no amount for Acme."], answer.Lead);
    }

    [Fact]
    public void Compose_KnownOnlyThroughAnothersFigure_AnswersFromItLabelledButNotAsItsOwn()
    {
        var deal = TestFacts.Fact(id: "beta-deal", subject: "beta", amount: TestFacts.Money(5), period: TestFacts.Year(2025), related: ["gamma"], statement: "Beta pays Gamma");

        var plain = Answer(Figures(Gamma), deal);
        var amountAsked = Answer(Figures(Gamma) with { AsksAmount = true }, deal);

        Assert.True(plain.Answered);
        Assert.Equal(["Beta"], Assert.Single(plain.Sections).Items.Select(i => i.Label));
        Assert.False(amountAsked.Answered);
        Assert.Equal(["I have no figure for Gamma's own investment; these figures are others' in which Gamma is involved."], amountAsked.Lead);
    }

    [Fact]
    public void Compose_CountrysFigureNamingThePartner_IsThePartnersOwn()
    {
        var plan = TestFacts.Fact(id: "ruritania-plan", subject: "ruritania", amount: TestFacts.Money(20, currency: "EUR"), period: TestFacts.Year(2025), related: ["gamma"], statement: "Gamma funds Ruritania");

        var answer = Answer(Figures(Gamma) with { AsksAmount = true }, plan);

        Assert.True(answer.Answered);
        Assert.Empty(answer.Lead);
        Assert.Equal(["Ruritania"], Assert.Single(answer.Sections).Items.Select(i => i.Label));
    }

    [Fact]
    public void Compose_OwnFiguresAndOthersInvolvingIt_OthersInTheirOwnSection()
    {
        var deal = TestFacts.Fact(id: "beta-deal", subject: "beta", amount: TestFacts.Money(5), period: TestFacts.Year(2025), related: ["acme"], statement: "Beta pays Acme");
        var undated = TestFacts.Fact(id: "beta-note", subject: "beta", kind: FactKind.Note, related: ["acme"], statement: "Beta likes Acme");

        var answer = Answer(Figures(Acme), Acme2025, deal, undated);

        Assert.Equal([null, "Other figures involving Acme"], answer.Sections.Select(s => s.Title));
        var involving = Assert.Single(answer.Sections[1].Items);
        Assert.Equal("Beta", involving.Label);
        Assert.Equal("$5 billion", involving.Figure);
    }

    [Fact]
    public void Compose_InvolvingFigureOutsideTheAskedYear_LeftOut()
    {
        var deal = TestFacts.Fact(id: "beta-deal", subject: "beta", amount: TestFacts.Money(5), period: TestFacts.Year(2024), related: ["acme"], statement: "Beta pays Acme");

        var answer = Answer(Figures(Acme) with { Period = new PeriodFilter([2025]) }, Acme2025, deal);

        Assert.Single(answer.Sections);
    }

    [Fact]
    public void Compose_RankIntent_LargestFirst()
    {
        var small = SmallKnowledge.Spending("acme", 2, kind: FactKind.Investment);
        var large = SmallKnowledge.Spending("acme", 50, kind: FactKind.Investment);

        var answer = Answer(Figures(Acme) with { Intent = QueryIntent.Rank }, small, large);
        var ascending = Answer(Figures(Acme) with { Intent = QueryIntent.Rank, Ascending = true }, large, small);

        Assert.Equal(["$50 billion", "$2 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
        Assert.Equal(["$2 billion", "$50 billion"], Assert.Single(ascending.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_TopicWithoutAFigure_SaysSoAndShowsTheOthers()
    {
        var topic = SmallKnowledge.With().Topics[0];

        var answer = Answer(Figures(Acme) with { Topics = [topic] }, Acme2025);

        Assert.False(answer.Answered);
        Assert.Equal(["I have no figure for Acme on data-centers."], answer.Lead);
        Assert.Equal("Acme: data-centers", answer.Headline);
        var section = Assert.Single(answer.Sections);
        Assert.Equal("More figures for Acme", section.Title);
        Assert.Equal(["$10 billion"], section.Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_TopicWithAFigure_OnlyThatFigureLeadsOthersAfter()
    {
        var topic = SmallKnowledge.With().Topics[0];
        var centres = SmallKnowledge.Spending("acme", 3, kind: FactKind.DataCenters);

        var answer = Answer(Figures(Acme) with { Topics = [topic] }, Acme2025, centres);

        Assert.True(answer.Answered);
        Assert.Equal(["$3 billion"], answer.Sections[0].Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_WhenAskedAndTheDateIsStated_LeadsWithIt()
    {
        var dated = TestFacts.Fact(id: "acme-june", amount: TestFacts.Money(4), period: new Period(PeriodKind.Month, 2025, 6), statement: "Acme deal");

        var answer = Answer(Figures(Acme) with { AsksWhen = true }, dated);

        Assert.Equal(["When: June 2025 (as the source states)."], answer.Lead);
    }

    private static Query Figures(Subject subject, Language? language = null) =>
        new("q", language ?? Language.English, QueryIntent.Figures, [subject], [], PeriodFilter.None, []);

    private static Query Figures(Subject a, Subject b) =>
        new("q", Language.English, QueryIntent.Figures, [a, b], [], PeriodFilter.None, []);

    private static Fact Plan(string subject, decimal billions, int from, int to) => TestFacts.Fact(
        id: $"{subject}-plan",
        subject: subject,
        kind: FactKind.Investment,
        amount: TestFacts.Money(billions),
        period: new Period(PeriodKind.Until, FromYear: from, ToYear: to),
        statement: $"{subject} plan");

    private static Answer Answer(Query query, params Fact[] facts)
    {
        var knowledge = SmallKnowledge.With(facts);
        return SmallKnowledge.Engine(knowledge).Answer(knowledge, query);
    }

    private static Subject Find(string id) => SmallKnowledge.With().FindSubject(id)!;
}
