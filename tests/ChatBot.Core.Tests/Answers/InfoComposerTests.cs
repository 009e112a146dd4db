using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// Answers without figures (help, greeting, source and subject lists, no figure, clarification) on a small
/// knowledge of their own, asked as queries built by hand so only the composition is under test.
/// </summary>
public sealed class InfoComposerTests
{
    private static readonly Source Titled = new("article-1", "Acme baut aus", "Example Times", null, null, null, "a1.txt");
    private static readonly Source Bare = new("article-2", null, null, null, null, null, "a2.txt");

    private static readonly KnowledgeBase Knowledge = new(
        [Titled, Bare],
        [],
        [
            Subject("acme", "Acme", SubjectKind.Company, ["acme", "acme corp", "acme inc", "the acme", "acme group"]),
            Subject("beta", "Beta", SubjectKind.Company, []),
            Subject("gamma", "Gamma", SubjectKind.Company, ["gamma"]),
            Subject("delta", "Delta", SubjectKind.Company, ["delta"]),
            Subject("ruritania", "Ruritanien", SubjectKind.Country, []),
        ],
        [
            SmallKnowledge.Spending("acme", 10),
            SmallKnowledge.Spending("acme", 12, year: 2024),
            TestFacts.Fact(id: "beta-note", subject: "beta", kind: FactKind.Note, source: "article-2"),
            TestFacts.Fact(id: "ruritania-plan", subject: "ruritania", amount: TestFacts.Money(5), related: ["gamma"]),
        ],
        "info");

    private static readonly AnswerEngine Engine = SmallKnowledge.Engine(Knowledge);

    [Theory]
    [InlineData(QueryIntent.Help, AnswerKind.Help, "How to ask me")]
    [InlineData(QueryIntent.Greeting, AnswerKind.Greeting, "Hi! I answer questions about AI investments, with a source for every figure.")]
    public void Answer_HelpOrGreeting_ExampleLinesAndTheCompaniesWithFigures(QueryIntent intent, AnswerKind kind, string headline)
    {
        var answer = Engine.Answer(Knowledge, Query(intent));

        Assert.Equal(kind, answer.Kind);
        Assert.False(answer.Answered);
        Assert.Equal(headline, answer.Headline);
        var section = Assert.Single(answer.Sections);
        Assert.Equal(PhraseBooks.English.Answers.HelpLines, section.Items.Select(i => i.Text));
        Assert.All(section.Items, i => Assert.Null(i.Figure));
        // Only companies with facts of their own: not Gamma (only involved), not the country.
        Assert.Equal(["I have figures for: Acme and Beta."], answer.Notes);
    }

    [Fact]
    public void Answer_Sources_OneLinePerArticleWithItsFactCount()
    {
        var answer = Engine.Answer(Knowledge, Query(QueryIntent.Sources));

        Assert.Equal(AnswerKind.SourceList, answer.Kind);
        Assert.True(answer.Answered);
        Assert.Equal("The articles my figures come from", answer.Headline);
        Assert.Equal(
            ["“Acme baut aus” – Example Times – 3 figures", "untitled (a2.txt) – publisher not stated – 1 figures"],
            Assert.Single(answer.Sections).Items.Select(i => i.Text));
        Assert.Empty(answer.Sources);
    }

    [Fact]
    public void Answer_SourcesInGerman_CountsInGerman() =>
        Assert.Equal(
            ["„Acme baut aus“ – Example Times – 3 Zahlen", "ohne Titel (a2.txt) – Herausgeber nicht angegeben – 1 Zahlen"],
            Assert.Single(Engine.Answer(Knowledge, Query(QueryIntent.Sources, Language.German)).Sections).Items.Select(i => i.Text));

    [Fact]
    public void Answer_Subjects_SubjectsWithOwnOrInvolvingFactsWithAtMostFourAliases()
    {
        var answer = Engine.Answer(Knowledge, Query(QueryIntent.Subjects, Language.German));

        Assert.Equal(AnswerKind.SubjectList, answer.Kind);
        Assert.True(answer.Answered);
        Assert.Equal("Dazu habe ich Zahlen", answer.Headline);
        Assert.Equal(
            ["Acme (acme, acme corp, acme inc, the acme)", "Beta", "Gamma (gamma)", "Ruritanien"],
            Assert.Single(answer.Sections).Items.Select(i => i.Text));
    }

    [Fact]
    public void Answer_UnknownNames_NamesAtMostThreeQuotedAndListsKnownCompanies()
    {
        var answer = Engine.Answer(Knowledge, Query(QueryIntent.Compare, unknown: ["Intel", "Apple", "Nvidia", "Tesla"]));

        Assert.Equal(AnswerKind.NoFigure, answer.Kind);
        Assert.False(answer.Answered);
        Assert.Equal("I have no figure for that: my knowledge has nothing on “Intel”, “Apple” and “Nvidia”.", answer.Headline);
        Assert.Empty(answer.Sections);
        Assert.Contains("I have figures for: Acme and Beta.", answer.Notes);
    }

    [Fact]
    public void Answer_CompareWithoutAnything_GenericNoFigure()
    {
        var answer = Engine.Answer(Knowledge, Query(QueryIntent.Compare));

        Assert.Equal(AnswerKind.NoFigure, answer.Kind);
        Assert.Equal("I have no figure for that in my knowledge.", answer.Headline);
        Assert.Equal(["I have figures for: Acme and Beta."], answer.Notes);
    }

    [Fact]
    public void Answer_FiguresWithoutSubject_AsksWhichCompany()
    {
        var answer = Engine.Answer(Knowledge, Query(QueryIntent.Figures, Language.German));

        Assert.Equal(AnswerKind.Clarification, answer.Kind);
        Assert.False(answer.Answered);
        Assert.Equal("Zu welchem Unternehmen oder Thema möchtest du Zahlen?", answer.Headline);
        Assert.Equal(["Zahlen habe ich zu: Acme und Beta."], answer.Notes);
    }

    [Fact]
    public void Answer_ManyCompanies_KnownSubjectsListIsShortened()
    {
        var companies = Enumerable.Range(1, 14).Select(i => Subject($"c{i:00}", $"C{i:00}", SubjectKind.Company, [])).ToList();
        var knowledge = new KnowledgeBase([Titled], [], companies, [.. companies.Select(c => SmallKnowledge.Spending(c.Id, 1))], "many");

        var answer = SmallKnowledge.Engine(knowledge).Answer(knowledge, Query(QueryIntent.Help));

        Assert.Equal(["I have figures for: C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12 and 2 more."], answer.Notes);
    }

    private static Query Query(QueryIntent intent, Language? language = null, IReadOnlyList<string>? unknown = null) =>
        new("q", language ?? Language.English, intent, [], [], PeriodFilter.None, unknown ?? []);

    private static Subject Subject(string id, string name, SubjectKind kind, IReadOnlyList<string> aliases) =>
        new(id, TestFacts.Text(name, name), kind, aliases, []);
}
