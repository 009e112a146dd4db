using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// Which kind of answer a hand-built query gets on the small knowledge (Acme, Beta, Gamma, the trio, Ruritania):
/// unknown names, quoted numbers, the source list, rankings of a group and comparisons of years.
/// </summary>
public sealed class AnswerEngineRoutingTests
{
    private static readonly KnowledgeBase Empty = SmallKnowledge.With();
    private static readonly Subject Acme = Empty.FindSubject("acme")!;
    private static readonly Subject Beta = Empty.FindSubject("beta")!;
    private static readonly Subject Ruritania = Empty.FindSubject("ruritania")!;

    private static readonly Fact Acme2025 = SmallKnowledge.Spending("acme", 10);
    private static readonly Fact Acme2024 = SmallKnowledge.Spending("acme", 8, year: 2024);
    private static readonly Fact Beta2025 = SmallKnowledge.Spending("beta", 20);
    private static readonly Fact RuritaniaPlan = SmallKnowledge.Spending("ruritania", 30, currency: "EUR", kind: FactKind.Investment);

    [Fact]
    public void Answer_PlaceAsInvestorWithoutAnUnknownName_ThePlacesFigures()
    {
        var answer = Ask(Query([Ruritania]) with { UnknownIsActor = true }, RuritaniaPlan);

        Assert.Equal(AnswerKind.Figures, answer.Kind);
        Assert.True(answer.Answered);
        Assert.Equal(["€30 billion"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Answer_UnknownInvestorInAPlace_NoFigureForTheName()
    {
        var answer = Ask(Query([Ruritania], unknown: ["Intel"]) with { UnknownIsActor = true }, RuritaniaPlan);

        Assert.Equal(AnswerKind.NoFigure, answer.Kind);
        Assert.Equal("I have no figure for that: my knowledge has nothing on “Intel”.", answer.Headline);
    }

    [Fact]
    public void Answer_UnknownInvestorBesideACompany_TheCompanysFigures()
    {
        var answer = Ask(Query([Ruritania, Acme], unknown: ["Intel"]) with { UnknownIsActor = true }, RuritaniaPlan, Acme2025);

        Assert.Equal(AnswerKind.Figures, answer.Kind);
        Assert.True(answer.Answered);
    }

    [Fact]
    public void Answer_UnknownInvestorWithoutSubject_NamesEveryUnknownWord()
    {
        var answer = Ask(Query([], unknown: ["Intel", "chipfabs"]) with { UnknownIsActor = true }, Acme2025);

        Assert.Equal(AnswerKind.NoFigure, answer.Kind);
        Assert.Equal("I have no figure for that: my knowledge has nothing on “Intel” and “chipfabs”.", answer.Headline);
    }

    [Fact]
    public void Answer_UnknownNameInAFiguresQuestion_NoNoteAboutIt()
    {
        var answer = Ask(Query([Acme], unknown: ["Intel"]), Acme2025);

        Assert.True(answer.Answered);
        Assert.Empty(answer.Notes);
    }

    [Fact]
    public void Answer_UnknownNameInAComparison_NotedBesideTheComparison()
    {
        var answer = Ask(Query([Acme, Beta], QueryIntent.Compare, unknown: ["Intel"]), Acme2025, Beta2025);

        Assert.Equal(AnswerKind.Comparison, answer.Kind);
        Assert.Contains("I have no figure for that: my knowledge has nothing on “Intel”.", answer.Notes);
    }

    [Fact]
    public void Answer_QuotedNumberWithASubjectStatingIt_TheSubjectsFigures()
    {
        var answer = Ask(Query([Acme]) with { Numbers = [10m], WantsQuotes = true }, Acme2025, Beta2025);

        Assert.Equal("Acme: AI investment figures", answer.Headline);
        Assert.Null(answer.Sections[0].Items[0].Label);
    }

    [Fact]
    public void Answer_QuotedNumberOnlyACountStates_FoundThatCount()
    {
        var reach = TestFacts.Fact(id: "acme-reach", kind: FactKind.Reach, amount: new Amount(30, 30, Unit.Countries, null, Scale.One, Qualifier.Exact), statement: "Acme in 30 countries");

        var answer = Ask(Query([]) with { Numbers = [30m], WantsQuotes = true }, reach, Acme2025);

        Assert.Equal("What the articles say about it", answer.Headline);
        Assert.Equal(["30 countries"], Assert.Single(answer.Sections).Items.Select(i => i.Figure));
    }

    [Fact]
    public void Answer_QuotedNumberNoFactStates_NothingFound()
    {
        var answer = Ask(Query([]) with { Numbers = [999m], WantsQuotes = true }, Acme2025);

        Assert.Equal(AnswerKind.Clarification, answer.Kind);
        Assert.Empty(answer.Sections);
    }

    [Fact]
    public void Answer_QuotedNumberOfAGroupTheSubjectBelongsTo_NoSeparateShareThenTheGroupsFigure()
    {
        var trio = TestFacts.Fact(id: "trio-total", subject: "trio", amount: TestFacts.Money(300), period: TestFacts.Year(2025), statement: "the trio spends 300");

        var answer = Ask(Query([Acme]) with { Numbers = [300m] }, trio, Acme2025);

        Assert.False(answer.Answered);
        Assert.Equal("What the articles say about it", answer.Headline);
        Assert.Equal(["I have no separate figure for Acme's own share; the figure below is the joint total of the trio."], answer.Lead);
        var line = Assert.Single(Assert.Single(answer.Sections).Items);
        Assert.Equal("the trio", line.Label);
        Assert.Equal("$300 billion", line.Figure);
    }

    [Fact]
    public void Answer_QuotedNumberTheSubjectStatesToo_TheSubjectsOwnFigures()
    {
        var trio = TestFacts.Fact(id: "trio-total", subject: "trio", amount: TestFacts.Money(300), period: TestFacts.Year(2025), statement: "the trio spends 300");
        var acme300 = SmallKnowledge.Spending("acme", 300, kind: FactKind.Investment);

        var answer = Ask(Query([Acme]) with { Numbers = [300m] }, trio, acme300);

        Assert.True(answer.Answered);
        Assert.Empty(answer.Lead);
        Assert.Equal("Acme: AI investment figures", answer.Headline);
    }

    [Fact]
    public void Answer_SourcesAskedWithAnUnknownNameNotInvesting_TheSourceList()
    {
        var answer = Ask(Query([], QueryIntent.Sources, unknown: ["Intel"]), Acme2025);

        Assert.Equal(AnswerKind.SourceList, answer.Kind);
    }

    [Fact]
    public void Answer_SourcesAskedForAnAmountWithoutAName_TheSourceList()
    {
        var answer = Ask(Query([], QueryIntent.Sources) with { AsksAmount = true }, Acme2025);

        Assert.Equal(AnswerKind.SourceList, answer.Kind);
    }

    [Fact]
    public void Answer_SourcesAskedAsAnInvestorWithoutAName_TheSourceList()
    {
        var answer = Ask(Query([], QueryIntent.Sources) with { AsksAmount = true, UnknownIsActor = true }, Acme2025);

        Assert.Equal(AnswerKind.SourceList, answer.Kind);
    }

    [Fact]
    public void Answer_SourcesAskedForAnUnknownInvestorsAmount_NoFigureForTheName()
    {
        var answer = Ask(Query([], QueryIntent.Sources, unknown: ["Intel"]) with { AsksAmount = true, UnknownIsActor = true }, Acme2025);

        Assert.Equal(AnswerKind.NoFigure, answer.Kind);
    }

    [Fact]
    public void Answer_SourcesAskedWithASubjectAndAnUnknownInvestor_TheSubjectsFigures()
    {
        var answer = Ask(Query([Acme], QueryIntent.Sources, unknown: ["Intel"]) with { AsksAmount = true, UnknownIsActor = true }, Acme2025);

        Assert.Equal(AnswerKind.Figures, answer.Kind);
        Assert.True(answer.Answered);
    }

    [Fact]
    public void Answer_RankOfAGroupOfOne_TheGroupsFiguresNotARanking()
    {
        var solo = new Subject("solo", TestFacts.Text("Das Solo", "the solo"), SubjectKind.Group, [], ["acme"]);
        var soloTotal = SmallKnowledge.Spending("solo", 12, kind: FactKind.Investment);
        var knowledge = new KnowledgeBase([SmallKnowledge.Article1], Empty.Topics, [.. Empty.Subjects, solo], [Acme2025, soloTotal], "solo");

        var answer = SmallKnowledge.Engine(knowledge).Answer(knowledge, Query([solo], QueryIntent.Rank));

        Assert.Equal(AnswerKind.Figures, answer.Kind);
        Assert.Equal(["$12 billion"], answer.Sections[0].Items.Select(i => i.Figure));
    }

    [Fact]
    public void Answer_CompareOneSubjectsTwoYears_AComparison()
    {
        var answer = Ask(Query([Acme], QueryIntent.Compare) with { Period = new PeriodFilter([2024, 2025]) }, Acme2024, Acme2025);

        Assert.Equal(AnswerKind.Comparison, answer.Kind);
    }

    [Fact]
    public void Answer_FactNamingItsOwnSubjectAsRelated_StillTheSubjectsOwnFigures()
    {
        var selfRelated = TestFacts.Fact(id: "acme-self", amount: TestFacts.Money(6), period: TestFacts.Year(2025), related: ["acme"], statement: "Acme 6");

        var answer = Ask(Query([Acme]), selfRelated);

        Assert.True(answer.Answered);
        Assert.Null(Assert.Single(answer.Sections).Items[0].Label);
    }

    private static Query Query(IReadOnlyList<Subject> subjects, QueryIntent intent = QueryIntent.Figures, IReadOnlyList<string>? unknown = null) =>
        new("q", Language.English, intent, subjects, [], PeriodFilter.None, unknown ?? []);

    private static Answer Ask(Query query, params Fact[] facts)
    {
        var knowledge = SmallKnowledge.With(facts);
        return SmallKnowledge.Engine(knowledge).Answer(knowledge, query);
    }
}
