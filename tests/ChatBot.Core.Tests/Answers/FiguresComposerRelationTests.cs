using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// Figures tying the asked subjects together, a project's joint total that holds no partner's own share, and
/// facts found by a number the question quotes: what leads, what follows as other periods, and when it is answered.
/// The small knowledge gets a project, Forge, that Acme and Beta run together.
/// </summary>
public sealed class FiguresComposerRelationTests
{
    private static readonly Subject Forge = new("forge", TestFacts.Text("Forge", "Forge"), SubjectKind.Project, [], []);
    private static readonly KnowledgeBase Empty = SmallKnowledge.With();
    private static readonly Subject Acme = Empty.FindSubject("acme")!;
    private static readonly Subject Beta = Empty.FindSubject("beta")!;
    private static readonly Subject Gamma = Empty.FindSubject("gamma")!;

    private static readonly Fact Deal2025 = Tie("acme-beta-2025", 5, TestFacts.Year(2025));
    private static readonly Fact DealRange = Tie("acme-beta-range", 9, new Period(PeriodKind.Range, FromYear: 2024, ToYear: 2026));

    [Fact]
    public void ComposeRelation_YearAsked_ThatYearsTieLeadsTheSpanningOneFollowsBothLabelled()
    {
        var answer = Answer(Query([Acme, Beta]) with { Period = new PeriodFilter([2025]) }, Deal2025, DealRange);

        Assert.True(answer.Answered);
        Assert.Equal("Acme and Beta: figures for 2025", answer.Headline);
        Assert.Equal([null, "Other periods"], answer.Sections.Select(s => s.Title));
        Assert.Equal(["$5 billion"], answer.Sections[0].Items.Select(i => i.Figure));
        Assert.Equal(["$9 billion"], answer.Sections[1].Items.Select(i => i.Figure));
        Assert.All(answer.Sections.SelectMany(s => s.Items), i => Assert.Equal("Acme", i.Label));
    }

    [Fact]
    public void ComposeRelation_YearWithoutATie_SaysSoUnanswered()
    {
        var answer = Answer(Query([Acme, Beta]) with { Period = new PeriodFilter([2022]) }, Deal2025);

        Assert.False(answer.Answered);
        Assert.Equal(["I have no figure for Acme and Beta for 2022."], answer.Lead);
    }

    [Fact]
    public void ComposeRelation_TieNamingAPlaceBeside_AnsweredWithoutAJointNote()
    {
        var withPlace = TestFacts.Fact(id: "acme-ruritania", amount: TestFacts.Money(4), period: TestFacts.Year(2025), related: ["ruritania", "beta"], statement: "Acme in Ruritania");
        var ruritania = Empty.FindSubject("ruritania")!;

        var answer = Answer(Query([Acme, ruritania]), withPlace);

        Assert.True(answer.Answered);
        Assert.Empty(answer.Lead);
    }

    [Fact]
    public void ComposeRelation_ProjectsJointTotal_NoSeparateShareOfTheAskedPartner()
    {
        var total = Joint("forge-total", 100, "acme", "beta");

        var answer = Answer(Query([Acme, Forge]), total);

        Assert.False(answer.Answered);
        Assert.Equal(["I have no separate figure for Acme's own share; the figure below is the joint total of Acme and Beta."], answer.Lead);
        Assert.Equal(["$100 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void ComposeRelation_ProjectsJointTotalAndThePartnersOwnTie_Answered()
    {
        var total = Joint("forge-total", 100, "acme", "beta");
        var own = TestFacts.Fact(id: "acme-forge", amount: TestFacts.Money(30), period: TestFacts.Year(2025), related: ["forge"], statement: "Acme puts 30 into Forge");

        var answer = Answer(Query([Acme, Forge]), total, own);

        Assert.True(answer.Answered);
        Assert.Empty(answer.Lead);
    }

    [Fact]
    public void ComposeRelation_AskedCompanyNotAPartner_ThePartnerIsNamed()
    {
        var total = Joint("forge-total", 100, "acme", "beta");

        var answer = Answer(Query([Gamma, Acme, Forge]), total);

        Assert.Equal(["I have no separate figure for Acme's own share; the figure below is the joint total of Acme and Beta."], answer.Lead);
    }

    [Fact]
    public void Compose_AmountOfAPartnerKnownOnlyThroughAJointTotal_NoSeparateShare()
    {
        var answer = Answer(Query([Acme]) with { AsksAmount = true }, Joint("forge-total", 100, "acme", "beta"));

        Assert.False(answer.Answered);
        Assert.Equal(["I have no separate figure for Acme's own share; the figure below is the joint total of Acme and Beta."], answer.Lead);
    }

    [Fact]
    public void Compose_AmountOfTheOnlyNamedPartyOfAProject_NoOwnFigure()
    {
        var answer = Answer(Query([Acme]) with { AsksAmount = true }, Joint("forge-total", 100, "acme"));

        Assert.False(answer.Answered);
        Assert.Equal(["I have no figure for Acme's own investment; these figures are others' in which Acme is involved."], answer.Lead);
    }

    [Fact]
    public void Compose_AmountOfAPlaceInAProjectBesideAnAskedPartner_NoOwnFigureOfThePlace()
    {
        var ruritania = Empty.FindSubject("ruritania")!;
        var total = Joint("forge-total", 100, "ruritania", "beta");

        var answer = Answer(Query([ruritania, Beta]) with { Intent = QueryIntent.Rank, AsksAmount = true }, total);

        Assert.Contains("I have no figure for Ruritania's own investment; these figures are others' in which Ruritania is involved.", answer.Lead);
    }

    [Fact]
    public void ComposeFound_YearAsked_ThatYearsFigureLeadsTheSpanningOneFollowsBothLabelled()
    {
        var acme = SmallKnowledge.Spending("acme", 300, kind: FactKind.Investment);
        var beta = TestFacts.Fact(id: "beta-300", subject: "beta", kind: FactKind.Investment, amount: TestFacts.Money(300), period: new Period(PeriodKind.Range, FromYear: 2024, ToYear: 2026), statement: "Beta 300");

        var answer = Answer(Query([]) with { Numbers = [300m], WantsQuotes = true, Period = new PeriodFilter([2025]) }, acme, beta);

        Assert.True(answer.Answered);
        Assert.Equal("What the articles say about it", answer.Headline);
        Assert.Equal([null, "Other periods"], answer.Sections.Select(s => s.Title));
        Assert.Equal(["Acme"], answer.Sections[0].Items.Select(i => i.Label));
        Assert.Equal(["Beta"], answer.Sections[1].Items.Select(i => i.Label));
    }

    [Fact]
    public void ComposeFound_YearWithoutIt_SaysSoUnansweredAndShowsTheOthers()
    {
        var acme = SmallKnowledge.Spending("acme", 300, kind: FactKind.Investment);

        var answer = Answer(Query([]) with { Numbers = [300m], WantsQuotes = true, Period = new PeriodFilter([2022]) }, acme);

        Assert.False(answer.Answered);
        Assert.Equal(["I have no figure for these figures for 2022."], answer.Lead);
        var section = Assert.Single(answer.Sections);
        Assert.Equal("Other periods", section.Title);
        Assert.Equal(["Acme"], section.Items.Select(i => i.Label));
    }

    private static Fact Tie(string id, decimal billions, Period period) =>
        TestFacts.Fact(id: id, amount: TestFacts.Money(billions), period: period, related: ["beta"], statement: $"Acme and Beta {billions}");

    private static Fact Joint(string id, decimal billions, params string[] partners) =>
        TestFacts.Fact(id: id, subject: "forge", kind: FactKind.Investment, amount: TestFacts.Money(billions), period: TestFacts.Year(2025), related: partners, statement: $"Forge {billions}");

    private static Query Query(IReadOnlyList<Subject> subjects) =>
        new("q", Language.English, QueryIntent.Figures, subjects, [], PeriodFilter.None, []);

    private static Answer Answer(Query query, params Fact[] facts)
    {
        var knowledge = new KnowledgeBase([SmallKnowledge.Article1, SmallKnowledge.Article2], Empty.Topics, [.. Empty.Subjects, Forge], facts, "forge");
        return SmallKnowledge.Engine(knowledge).Answer(knowledge, query);
    }
}
