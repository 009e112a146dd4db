using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// The order and grouping of one subject's figures: newest first unless a ranking asks by size, figures whose
/// sentences share the question's distinctive words first, names the parser did not know narrowing the figures,
/// and money first with other figures on one line.
/// </summary>
public sealed class FiguresComposerOrderTests
{
    private static readonly KnowledgeBase Empty = SmallKnowledge.With();
    private static readonly Subject Acme = Empty.FindSubject("acme")!;
    private static readonly Subject Beta = Empty.FindSubject("beta")!;
    private static readonly Subject Gamma = Empty.FindSubject("gamma")!;

    private static readonly Fact Acme2025 = SmallKnowledge.Spending("acme", 10);
    private static readonly Fact AcmeBig2024 = SmallKnowledge.Spending("acme", 50, year: 2024);
    private static readonly Fact AcmeCluster2024 = TestFacts.Fact(id: "acme-cluster", amount: TestFacts.Money(3), period: TestFacts.Year(2024), statement: "Acme builds a server cluster for 3");

    [Fact]
    public void Compose_NoRanking_NewestFirstEvenWhenAnOlderFigureIsLarger()
    {
        var answer = Answer(Figures(Acme), AcmeBig2024, Acme2025);

        Assert.Equal(["$10 billion", "$50 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_KeywordInOneSentence_ThatFigureLeads()
    {
        var answer = Answer(Figures(Acme) with { Keywords = ["cluster"] }, Acme2025, AcmeCluster2024);

        Assert.Equal(["$3 billion", "$10 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_KeywordInOneSentenceAndAmountAsked_ThatFigureLeadsWithinItsTier()
    {
        var answer = Answer(Figures(Acme) with { Keywords = ["cluster"], AsksAmount = true }, Acme2025, AcmeCluster2024);

        Assert.Equal(["$3 billion", "$10 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_KeywordInNoSentence_NewestFirst()
    {
        var answer = Answer(Figures(Acme) with { Keywords = ["satellite"] }, Acme2025, AcmeCluster2024);

        Assert.Equal(["$10 billion", "$3 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_UnknownNameOneSentenceMentions_OnlyThatFigure()
    {
        var africa = TestFacts.Fact(id: "acme-africa", amount: TestFacts.Money(2), period: TestFacts.Year(2024), statement: "Acme invests 2 in Africa");

        var answer = Answer(Figures(Acme) with { UnknownNames = ["Africa"] }, Acme2025, africa);

        Assert.True(answer.Answered);
        Assert.Equal(["$2 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_UnknownNameNoSentenceMentions_EveryFigureStays()
    {
        var answer = Answer(Figures(Acme) with { UnknownNames = ["Africa"] }, Acme2025, AcmeBig2024);

        Assert.True(answer.Answered);
        Assert.Equal(["$10 billion", "$50 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Compose_KnownOnlyThroughOthersMoneyAndCount_OneSectionWithoutAMoreFiguresLine()
    {
        var deal = TestFacts.Fact(id: "beta-deal", subject: "beta", amount: TestFacts.Money(5), period: TestFacts.Year(2025), related: ["gamma"], statement: "Beta pays Gamma");
        var reach = TestFacts.Fact(id: "beta-reach", subject: "beta", kind: FactKind.Reach, amount: new Amount(12, 12, Unit.Countries, null, Scale.One, Qualifier.Exact), period: TestFacts.Year(2025), related: ["gamma"], statement: "Beta and Gamma in 12 countries");

        var answer = Answer(Figures(Gamma), deal, reach);

        var section = Assert.Single(answer.Sections);
        Assert.Equal(2, section.Items.Count);
        Assert.All(section.Items, i => Assert.Equal("Beta", i.Label));
    }

    [Fact]
    public void Compose_RankingOfTwoOneKnownOnlyThroughTheOther_OthersInvolvementOnlyFromUnaskedSubjects()
    {
        var betaPays = TestFacts.Fact(id: "beta-deal", subject: "beta", amount: TestFacts.Money(5), period: TestFacts.Year(2025), related: ["gamma"], statement: "Beta pays Gamma");
        var acmePays = TestFacts.Fact(id: "acme-deal", amount: TestFacts.Money(7), period: TestFacts.Year(2025), related: ["gamma"], statement: "Acme pays Gamma");

        var answer = Answer(Figures(Gamma, Beta) with { Intent = QueryIntent.Rank }, betaPays, acmePays);

        var gamma = answer.Sections.Single(s => s.Title == "Gamma");
        Assert.Equal(["$7 billion"], gamma.Items.Select(i => i.Figure));
    }

    private static Query Figures(params Subject[] subjects) =>
        new("q", Language.English, QueryIntent.Figures, subjects, [], PeriodFilter.None, []);

    private static Answer Answer(Query query, params Fact[] facts)
    {
        var knowledge = SmallKnowledge.With(facts);
        return SmallKnowledge.Engine(knowledge).Answer(knowledge, query);
    }
}
