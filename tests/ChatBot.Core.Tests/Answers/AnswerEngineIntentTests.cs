using ChatBot.Core.Answers;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers;

public class AnswerEngineIntentTests
{
    private static readonly AnswerEngine Engine = CuratedKnowledge.Engine();

    [Theory]
    [InlineData("Who spends more, Amazon or Microsoft?")]
    [InlineData("compare Amazon and Microsoft")]
    [InlineData("/compare amazon microsoft")]
    [InlineData("Vergleiche Amazon mit Microsoft")]
    [InlineData("Amazon vs. MSFT")]
    public void Ask_Comparison_ShowsBothFiguresAndFlagsDifferentPeriods(string question)
    {
        var answer = Engine.Ask(question);
        var text = PlainTextRenderer.Render(answer);

        Assert.Equal(AnswerKind.Comparison, answer.Kind);
        Assert.True(answer.Answered);
        Assert.Contains(answer.Facts, f => f.SubjectId == "amazon");
        Assert.Contains(answer.Facts, f => f.SubjectId == "microsoft");
        Assert.Contains(answer.Notes, n => n.Contains("2025", StringComparison.Ordinal) && (n.Contains("fiscal year", StringComparison.Ordinal) || n.Contains("Geschäftsjahr", StringComparison.Ordinal)));
        Assert.Contains("Amazon", answer.Notes[^1], StringComparison.Ordinal);
        Assert.Contains("100", text, StringComparison.Ordinal);
        Assert.Contains("80", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_CompareSamePeriod_NoPeriodWarning()
    {
        var answer = Engine.Ask("Compare Amazon and Alphabet in 2025");

        Assert.Equal(AnswerKind.Comparison, answer.Kind);
        Assert.DoesNotContain(answer.Notes, n => n.Contains("different periods", StringComparison.Ordinal));
        Assert.Equal("Amazon has the higher figure.", answer.Notes[^1]);
    }

    [Fact]
    public void Ask_CompareOverlappingQualifiedFigures_DoesNotDeclareWinner()
    {
        var answer = Engine.Ask("Compare Alphabet and Meta");

        Assert.Equal("Alphabet has the higher figure.", answer.Notes[^1]);
        var german = Engine.Ask("Vergleiche Amazon und Alphabet");
        Assert.Equal("Amazon nennt die höhere Zahl.", german.Notes[^1]);
    }

    [Theory]
    [InlineData("Who invests the most in AI in 2025?")]
    [InlineData("Wer investiert 2025 am meisten in KI?")]
    [InlineData("/top 2025")]
    [InlineData("top")]
    public void Ask_Ranking_OrdersCompaniesBySpending(string question)
    {
        var answer = Engine.Ask(question);

        Assert.Equal(AnswerKind.Ranking, answer.Kind);
        var order = answer.Sections[0].Items.Select(i => i.Facts[0].SubjectId).ToList();
        Assert.Equal(["amazon", "microsoft", "alphabet", "meta"], order);
    }

    [Fact]
    public void Ask_RankingLeast_ReversesOrder()
    {
        var answer = Engine.Ask("Who invests the least in 2025?");

        Assert.Equal("meta", answer.Sections[0].Items[0].Facts[0].SubjectId);
    }

    [Fact]
    public void Ask_CombinedTotal_AddsUpAndLabelsSumAsComputed()
    {
        var answer = Engine.Ask("Wie viel investieren Amazon und Microsoft zusammen?");
        var text = PlainTextRenderer.Render(answer);

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.Contains("Errechnet: mehr als 180 Mrd. US-Dollar", text, StringComparison.Ordinal);
        Assert.Contains("steht so in keiner Quelle", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SourceQuestion_ShowsVerbatimQuotes()
    {
        var answer = Engine.Ask("Woher stammt die Zahl zu Stargate?");
        var text = PlainTextRenderer.Render(answer);

        Assert.True(answer.Query.WantsQuotes);
        Assert.Contains(answer.Facts[0].Quote, text, StringComparison.Ordinal);
        Assert.Contains("„Frankreich will KI nicht den US-Techriesen überlassen“", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_FollowUpWithPreviousQuery_KeepsSubject()
    {
        var first = Engine.Ask("Wie viel investiert Amazon 2025?");

        var followUp = Engine.Ask("Und 2024?", context: first.Query);

        Assert.Equal("amazon", Assert.Single(followUp.Query.Subjects).Id);
        Assert.Contains(followUp.Facts, f => f.Id == "amazon-capex-2024");
    }

    [Fact]
    public void Ask_SameFigureInThreeArticles_OneLineWithThreeSources()
    {
        var answer = Engine.Ask("pledge microsoft");

        var line = answer.Sections[0].Items[0];
        Assert.Equal(3, line.Facts.Count);
        Assert.Equal([1, 2, 3], line.SourceNumbers);
    }

    [Fact]
    public void Ask_Sources_ListsEveryArticle()
    {
        var answer = Engine.Ask("/sources");

        Assert.Equal(AnswerKind.SourceList, answer.Kind);
        Assert.Equal(CuratedKnowledge.Knowledge.Sources.Count, answer.Sections[0].Items.Count);
    }

    [Theory]
    [InlineData("help", AnswerKind.Help)]
    [InlineData("Was kannst du?", AnswerKind.Help)]
    [InlineData("Hallo", AnswerKind.Greeting)]
    [InlineData("Wie viel wird investiert?", AnswerKind.Clarification)]
    public void Ask_NonFigureQuestions_GetMatchingKind(string question, AnswerKind kind)
    {
        Assert.Equal(kind, Engine.Ask(question).Kind);
    }

    [Fact]
    public void Answer_StructuredQuery_NeedsNoParsing()
    {
        var microsoft = CuratedKnowledge.Knowledge.FindSubject("microsoft")!;
        var query = new Query("/pledge", Core.Knowledge.Language.German, QueryIntent.Figures, [microsoft], [], new PeriodFilter([2019]), []);

        var answer = Engine.Answer(query);

        Assert.Equal("microsoft-openai-investment-2019", answer.Sections[0].Items[0].Facts[0].Id);
    }

    [Fact]
    public void Ask_RelativeYear_ResolvedAgainstClock()
    {
        var engine = CuratedKnowledge.Engine(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));

        var answer = engine.Ask("How much does Amazon invest this year?");

        Assert.Equal([2025], answer.Query.Period.Years);
        Assert.Equal("amazon-capex-2025", answer.Sections[0].Items[0].Facts[0].Id);
    }
}
