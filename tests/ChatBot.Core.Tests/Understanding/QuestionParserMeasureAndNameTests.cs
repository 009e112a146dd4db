using ChatBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>
/// Measures the knowledge does not hold ("share price") and unknown names of several words ("Blue Origin"), on the
/// curated knowledge.
/// </summary>
public sealed class QuestionParserMeasureAndNameTests
{
    private static readonly QuestionParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)));

    private static Query Parse(string question) => Parser.Parse(question, CuratedKnowledge.Knowledge);

    [Theory]
    [InlineData("What is Nvidia's share price?", "share price")]
    [InlineData("Wie hoch ist Nvidias Aktienkurs?", "Aktienkurs")]
    [InlineData("Welchen Börsenwert hat Microsoft?", "Börsenwert")]
    [InlineData("amazon revenue 2025", "revenue")]
    public void Parse_MeasureOtherThanInvestment_IsForeignAndNotCalculated(string question, string measure)
    {
        var query = Parse(question);

        Assert.Equal(measure, query.ForeignMeasure);
        Assert.Null(query.Computation);
    }

    [Theory]
    [InlineData("What share of Alphabet's 2025 spending falls in the first quarter?")]
    [InlineData("Wie viel investiert Amazon 2025?")]
    [InlineData("Microsoft ohne Umsatz, nur Investitionen")]
    [InlineData("Ist Meta auf Kurs, 2025 rund 65 Mrd. zu investieren?")]
    public void Parse_InvestmentQuestion_HasNoForeignMeasure(string question)
    {
        Assert.Null(Parse(question).ForeignMeasure);
    }

    [Theory]
    [InlineData("Was investiert Blue Origin in KI", "Blue Origin")]
    [InlineData("Wie viel investiert Blue Origin in Rechenzentren?", "Blue Origin")]
    [InlineData("How much does Blue Origin invest?", "Blue Origin")]
    [InlineData("Wie viel investiert Intel Geld in KI?", "Intel")]
    public void Parse_CapitalisedWordAfterAnUnknownName_ContinuesItUnlessAnOrdinaryGermanNoun(string question, string name)
    {
        var query = Parse(question);

        Assert.Equal([name], query.UnknownNames);
        Assert.Empty(query.Subjects);
        Assert.Equal(QueryIntent.Figures, query.Intent);
    }

    [Fact]
    public void Parse_KnownSubjectAndTopicNoun_StayWhatTheyAre()
    {
        var query = Parse("Wie viel investiert Meta in Rechenzentren?");

        Assert.Equal("meta", Assert.Single(query.Subjects).Id);
        Assert.Equal("data-centers", Assert.Single(query.Topics).Id);
        Assert.Empty(query.UnknownNames);
    }

    [Theory]
    [InlineData("How much are the four biggest tech firms spending altogether?")]
    [InlineData("Was investieren die vier größten Tech-Firmen insgesamt?")]
    [InlineData("the biggest tech firms' AI budget")]
    public void Parse_GroupNamedWithOtherWords_IsTheGroupNotARanking(string question)
    {
        var query = Parse(question);

        Assert.Equal("big-four", Assert.Single(query.Subjects).Id);
        Assert.NotEqual(QueryIntent.Rank, query.Intent);
    }
}
