using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// What a whole question asks for, on the small fixture (Acme, Beta, Gamma, the trio of all three, Ruritania):
/// intent, calculation, the subject measured against, quotes, amounts, keywords and the period's context.
/// </summary>
public class QuestionParserIntentTests
{
    private static readonly KnowledgeBase Knowledge = SmallKnowledge.With();

    private static readonly QuestionParser Parser = new(new FixedClock(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero)));

    private static Query Parse(string question) => Parser.Parse(question, Knowledge);

    [Theory]
    [InlineData("/compare acme beta", QueryIntent.Compare)]
    [InlineData("compare acme beta", QueryIntent.Compare)]
    [InlineData("/help", QueryIntent.Help)]
    [InlineData("/pledge acme", QueryIntent.Figures)]
    [InlineData("/top", QueryIntent.Rank)]
    [InlineData("/quellen", QueryIntent.Sources)]
    [InlineData("/unternehmen", QueryIntent.Subjects)]
    public void Parse_CommandWord_SetsTheIntent(string question, QueryIntent intent)
    {
        var query = Parse(question);

        Assert.Equal(intent, query.Intent);
        Assert.Empty(query.UnknownNames);
    }

    [Fact]
    public void Parse_Command_ReadsNoCalculation()
    {
        var query = Parse("/compare acme beta minus");

        Assert.Null(query.Computation);
        Assert.Equal(["acme", "beta"], query.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Parse_TotalCommand_IsASum()
    {
        var query = Parse("/sum acme beta");

        Assert.Equal(QueryIntent.Total, query.Intent);
        Assert.Equal(ComputationKind.Sum, query.Computation);
    }

    [Fact]
    public void Parse_CommandWordLaterInTheQuestion_IsNoCommand()
    {
        Assert.Equal(QueryIntent.Figures, Parse("acme help").Intent);
    }

    [Theory]
    [InlineData("acme and beta together", QueryIntent.Total)]
    [InlineData("acme 2024 2025 combined", QueryIntent.Total)]
    [InlineData("acme versus beta", QueryIntent.Compare)]
    [InlineData("acme 2024 or 2025", QueryIntent.Compare)]
    [InlineData("acme or", QueryIntent.Figures)]
    [InlineData("acme together", QueryIntent.Figures)]
    [InlineData("acme biggest", QueryIntent.Rank)]
    [InlineData("acme least", QueryIntent.Rank)]
    [InlineData("acme beta biggest", QueryIntent.Figures)]
    [InlineData("who invests the most", QueryIntent.Rank)]
    [InlineData("wer investiert am wenigsten", QueryIntent.Rank)]
    [InlineData("help", QueryIntent.Help)]
    [InlineData("what can you do", QueryIntent.Help)]
    [InlineData("acme help", QueryIntent.Figures)]
    [InlineData("sources", QueryIntent.Sources)]
    [InlineData("where does that come from", QueryIntent.Sources)]
    [InlineData("which companies", QueryIntent.Subjects)]
    [InlineData("the firms", QueryIntent.Figures)]
    [InlineData("hello", QueryIntent.Greeting)]
    [InlineData("hello hi", QueryIntent.Greeting)]
    [InlineData("hello zorblax", QueryIntent.Figures)]
    [InlineData("hello acme", QueryIntent.Figures)]
    [InlineData("?", QueryIntent.Figures)]
    [InlineData("acme", QueryIntent.Figures)]
    public void Parse_Cues_InferTheIntent(string question, QueryIntent intent)
    {
        Assert.Equal(intent, Parse(question).Intent);
    }

    [Theory]
    [InlineData("who invests the least", true)]
    [InlineData("who invests the most", false)]
    public void Parse_AscendingCue_RanksUpwards(string question, bool ascending)
    {
        Assert.Equal(ascending, Parse(question).Ascending);
    }

    [Theory]
    [InlineData("acme and beta together", ComputationKind.Sum)]
    [InlineData("how much does the trio invest together", ComputationKind.Sum)]
    [InlineData("acme beta minus", ComputationKind.Difference)]
    public void Parse_TotalOrGroupTotal_IsASum(string question, ComputationKind computation)
    {
        Assert.Equal(computation, Parse(question).Computation);
    }

    [Theory]
    [InlineData("how much does the trio invest")]
    [InlineData("acme together")]
    [InlineData("/pledge trio together")]
    [InlineData("ruritania together")]
    public void Parse_NoTotalOfSeveral_IsNoSum(string question)
    {
        Assert.Null(Parse(question).Computation);
    }

    [Fact]
    public void Parse_Total_AsksTotal()
    {
        Assert.True(Parse("trio together").AsksTotal);
        Assert.False(Parse("trio").AsksTotal);
    }

    [Theory]
    [InlineData("acme more than beta", "beta")]
    [InlineData("acme more than the trio", "trio")]
    [InlineData("acme more than the betas plan", "beta")]
    [InlineData("than acme", "acme")]
    [InlineData("Acme investiert mehr als Beta", "beta")]
    public void Parse_SubjectAfterThan_IsTheBase(string question, string subject)
    {
        Assert.Equal(subject, Parse(question).BaseSubjectId);
    }

    [Theory]
    [InlineData("acme more than")]
    [InlineData("acme more than zorblax")]
    [InlineData("acme beta")]
    [InlineData("acme than abcs")]
    public void Parse_NoSubjectAfterThan_HasNoBase(string question)
    {
        Assert.Null(Parse(question).BaseSubjectId);
    }

    [Theory]
    [InlineData("source for acme", true)]
    [InlineData("where does that come from", true)]
    [InlineData("who said 600", true)]
    [InlineData("who invests", false)]
    [InlineData("acme 600", false)]
    public void Parse_SourceOriginOrWhoWithFigure_WantsQuotes(string question, bool expected)
    {
        Assert.Equal(expected, Parse(question).WantsQuotes);
    }

    [Theory]
    [InlineData("acme investments", true)]
    [InlineData("how much acme", true)]
    [InlineData("acme spendings", true)]
    [InlineData("acme deals", false)]
    public void Parse_AmountWordsOrStems_AsksAmount(string question, bool expected)
    {
        Assert.Equal(expected, Parse(question).AsksAmount);
    }

    [Theory]
    [InlineData("acme servercluster 2025", new[] { "servercluster" })]
    [InlineData("acme servercluster servercluster", new[] { "servercluster" })]
    [InlineData("acme zoo abcd", new[] { "abcd" })]
    [InlineData("acme what plans", new string[0])]
    [InlineData("acme not servercluster", new string[0])]
    [InlineData("acme whole abcd1 march 2025", new string[0])]
    [InlineData("beta", new string[0])]
    public void Parse_DistinctiveWords_AreKeywords(string question, string[] keywords)
    {
        Assert.Equal(keywords, Parse(question).Keywords);
    }

    [Fact]
    public void Parse_UntilOfAFigureNamedAsContext_IsDropped()
    {
        var query = Parse("acme 600 until 2028 but 2025");

        Assert.Null(query.Period.UntilYear);
        Assert.Equal([2025], query.Period.Years);
        Assert.Equal([600m], query.ContextNumbers);
    }

    [Theory]
    [InlineData("acme 600 until 2028")]
    [InlineData("acme until 2028 but 600")]
    [InlineData("acme 600 until 2028 but what")]
    public void Parse_UntilWithoutContextFigureAndYear_IsKept(string question)
    {
        Assert.Equal(2028, Parse(question).Period.UntilYear);
    }

    [Fact]
    public void Parse_GivenLanguage_WinsOverDetection()
    {
        Assert.Equal(Language.German, Parser.Parse("how much does acme invest", Knowledge, Language.German).Language);
        Assert.Equal(Language.English, Parser.Parse("how much does acme invest", Knowledge).Language);
    }

    [Theory]
    [InlineData("acme data center", 1)]
    [InlineData("acme data center and data center", 1)]
    [InlineData("acme not data center", 0)]
    [InlineData("acme", 0)]
    public void Parse_TopicTerms_AreTopicsOnceUnlessNegated(string question, int count)
    {
        Assert.Equal(count, Parse(question).Topics.Count);
    }

    [Theory]
    [InlineData("acme bigger", FigurePreference.Largest)]
    [InlineData("acme first quarter 2025", null)]
    public void Parse_PreferenceOutsidePeriods_IsRead(string question, FigurePreference? expected)
    {
        Assert.Equal(expected, Parse(question).Preference);
    }

    [Theory]
    [InlineData("when did acme invest", true)]
    [InlineData("acme whole year", false)]
    public void Parse_WhenWord_AsksWhen(string question, bool expected)
    {
        Assert.Equal(expected, Parse(question).AsksWhen);
    }

    [Theory]
    [InlineData("acme whole year", true)]
    [InlineData("acme", false)]
    public void Parse_WholeWord_PrefersWhole(string question, bool expected)
    {
        Assert.Equal(expected, Parse(question).PrefersWhole);
    }

    [Fact]
    public void Parse_Numbers_AreRead()
    {
        Assert.Equal([600m], Parse("acme 600 2025").Numbers);
    }

    [Fact]
    public void Parse_Question_IsKeptTrimmed()
    {
        Assert.Equal("acme 2025", Parse("  acme 2025 ").Text);
    }
}
