using System.Text.RegularExpressions;
using ChatBot.Core.Answers;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// The figure asked for comes first (the first line with a figure after the heading), and an answer whose asked
/// figure is not known says so first and is not answered, whatever kind of answer it is.
/// </summary>
public class HeadlineAndPartialAnswerTests
{
    private static readonly AnswerEngine Engine = CuratedKnowledge.Engine();

    public static TheoryData<string, string> Headlines => new()
    {
        { "meta 2028 plan pls, not the 2025 budget", @"\$600 billion \(until 2028\)" },
        { "Meta: der Plan bis 2028, nicht das Budget für 2025", @"600 Mrd\. US-Dollar \(bis 2028\)" },
        { "Amazon – nicht die Zahl von 2024, sondern die für 2025 bitte", @"mehr als 100 Mrd\. US-Dollar \(2025\)" },
        { "Amazon, not 2025 – the 2024 figure", @"\$83 billion \(2024\)" },
        { "how big was oracle's bigger deal with openai", @"\$300 billion" },
        { "the earlier oracle deal", @"\$30 billion \(June 2025\)" },
        { "Oracles erster Deal mit OpenAI", @"30 Mrd\. US-Dollar \(Juni 2025\)" },
        { "Wie groß war der größte Oracle-Deal?", @"300 Mrd\. US-Dollar" },
        { "What was Oracle's smaller deal?", @"\$30 billion" },
        { "Alphabet: das ganze Jahr, nicht das Quartal", @"75 Mrd\. US-Dollar \(2025\)" },
        { "Alphabet, the whole year please, not Q1", @"\$75 billion \(2025\)" },
        { "Microsoft – not the US share, the total please", @"around \$80 billion" },
        { "Microsoft insgesamt, nicht nur der US-Anteil", @"rund 80 Mrd\. US-Dollar" },
        { "someone said Meta spends 600 billion until 2028 - but what about this year?", @"\$60–65 billion \(2025\)" },
        { "Jemand meinte, Meta gibt bis 2028 600 Milliarden aus – und 2025?", @"60 bis 65 Mrd\. US-Dollar \(2025\)" },
        { "Microsoft's investment in OpenAI, not the 2019 one", @"almost \$14 billion" },
        { "Where does the 600 billion figure come from?", @"around \$600 billion" },
        { "where's the $14bn figure from", @"almost \$14 billion" },
        { "When was the Oracle 300 billion deal?", @"September 2025" },
        { "Alphabet Jan–März 2025", @"16 bis 18 Mrd\. US-Dollar \(1\. Quartal 2025\)" },
        { "pledge microsoft", @"around \$80 billion \(fiscal year 2025\)" },
        { "How much does Microsoft invest?", @"around \$80 billion" },
    };

    // question, regex for what is not known (stated before any figure)
    public static TheoryData<string, string> Partials => new()
    {
        { "Alphabet im ersten Halbjahr 2025?", "keine eigene Zahl" },
        { "Alphabet in the first half of 2025", "no separate figure" },
        { "How much is SoftBank putting into Stargate itself?", "no separate figure for SoftBank's own share" },
        { "Wie viel steckt Oracle selbst in Stargate?", "keine eigene Zahl|Eine eigene Zahl für den Anteil von Oracle" },
        { "How much does SoftBank invest?", "no separate figure for SoftBank's own share" },
        { "How much does Nvidia invest in AI?", "no figure for Nvidia's own investment" },
        { "Wie viel investiert Nvidia?", "Eine eigene Investitionszahl von Nvidia habe ich nicht" },
        { "How much does Apple invest in AI?", "state no amount for Apple" },
        { "What did Microsoft announce in January 2025?", "no separate figure for Microsoft for January 2025" },
        { "Wie viel investiert Meta 2019?", "keine Zahl" },
        { "How much more does Tesla spend than Apple?", "cannot compute" },
        { "Um wie viel wächst Metas Budget von 2024 auf 2025?", "nicht errechnen" },
        { "How much does Meta invest per year until 2028?", "cannot compute a per-year value" },
    };

    [Theory]
    [MemberData(nameof(Headlines))]
    public void Ask_QuestionPickingAFigure_ThatFigureLeads(string question, string headlinePattern)
    {
        var text = PlainTextRenderer.Render(Engine.Ask(question));

        Assert.Matches(new Regex(headlinePattern), HeadlineFigureLine(text));
    }

    [Theory]
    [MemberData(nameof(Partials))]
    public void Ask_AskedFigureNotKnown_SaysSoFirstAndIsNotAnswered(string question, string notKnownPattern)
    {
        var answer = Engine.Ask(question);
        var text = PlainTextRenderer.Render(answer);
        var notKnown = Regex.Match(text, notKnownPattern);
        var firstFigureLine = text.IndexOf('•', StringComparison.Ordinal);

        Assert.False(answer.Answered);
        Assert.True(notKnown.Success, text);
        Assert.True(firstFigureLine < 0 || notKnown.Index < firstFigureLine, text);
    }

    [Theory]
    [InlineData("When did Meta raise its budget?", "When: January")]
    [InlineData("Wann hat Zuckerberg das Budget für 2025 erhöht?", "Wann: Januar")]
    [InlineData("When did Microsoft announce the 80 billion?", "Announced: January 2025")]
    [InlineData("Wann hat Microsoft die 80 Milliarden angekündigt?", "Bekannt gegeben: Januar 2025")]
    [InlineData("Wann hat Oracle den 30-Milliarden-Deal angekündigt?", "Bekannt gegeben: Juni 2025")]
    [InlineData("When did Oracle announce the $30 billion deal?", "Announced: June 2025")]
    [InlineData("Wann war der 300-Milliarden-Deal von Oracle?", "Wann: September 2025")]
    [InlineData("when was stargate announced?", "When: January")]
    [InlineData("Wann wurde Stargate angekündigt?", "Wann: Januar")]
    public void Ask_WhenQuestion_LeadsWithTheStatedDate(string question, string expected)
    {
        var answer = Engine.Ask(question);

        Assert.StartsWith(expected, answer.Lead[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wie viel investiert Musks Firma xAI in KI?")]
    [InlineData("How much is Sam Altman's Worldcoin investing?")]
    [InlineData("Wie viel investiert Jeff Bezos' Blue Origin in KI?")]
    public void Ask_UnknownOrganisationNamedWithKnownPerson_NoFigureAtAll(string question)
    {
        var answer = Engine.Ask(question);

        Assert.Equal(AnswerKind.NoFigure, answer.Kind);
        Assert.False(answer.Answered);
        Assert.Empty(answer.Facts);
    }

    [Fact]
    public void Ask_Pledge_NonMoneyFiguresOnOneMoreFiguresLine()
    {
        var answer = Engine.Ask("/pledge microsoft");

        Assert.All(answer.Sections[0].Items, i => Assert.True(i.Facts[0].Amount is null or { IsMoney: true }));
        var more = Assert.Single(answer.Sections, s => s.Title == "More figures (not money)");
        var line = Assert.Single(more.Items);
        Assert.Contains("500 billion parameters", line.Text, StringComparison.Ordinal);
        Assert.Contains(line.Facts, f => f.Id == "microsoft-mai-1-parameters");
    }

    private static string HeadlineFigureLine(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var heading = lines.FindIndex(l => l.Length > 0);
        return lines.Skip(heading + 1).FirstOrDefault(l => Regex.IsMatch(Regex.Replace(l, @"\[\d+\]", string.Empty), @"\d")) ?? string.Empty;
    }
}
