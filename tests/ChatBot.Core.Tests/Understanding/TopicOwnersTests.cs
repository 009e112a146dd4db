using ChatBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Understanding;

/// <summary>Which subject of several a topic is said of, on the curated knowledge.</summary>
public sealed class TopicOwnersTests
{
    private static readonly QuestionParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)));

    private static Query Parse(string question) => Parser.Parse(question, CuratedKnowledge.Knowledge);

    [Theory]
    [InlineData("stargate vs oracle's big deal - which is larger?", "deals", "oracle")]
    [InlineData("Stargate oder Oracles großer Deal?", "deals", "oracle")]
    [InlineData("Who's bigger: Oracle's Sept deal or Microsoft's FY25 budget?", "deals", "oracle")]
    [InlineData("Stargate oder der Deal von Oracle – was ist größer?", "deals", "oracle")]
    [InlineData("Microsoft in Rechenzentren oder Meta?", "data-centers", "microsoft")]
    public void Parse_TopicNextToOneOfSeveralSubjects_BelongsToThatSubject(string question, string topic, string subject)
    {
        var query = Parse(question);

        Assert.Equal(subject, query.TopicOwners[topic]);
    }

    [Theory]
    [InlineData("Compare Microsoft and Meta on data centres")]
    [InlineData("Rechenzentren: Microsoft und Meta im Vergleich")]
    [InlineData("Microsoft vs Meta data centres")]
    [InlineData("Microsoft's data centres vs Meta's data centres")]
    [InlineData("Oracle's deal")]
    public void Parse_TopicOfAllSubjectsOrOfOne_HasNoOwner(string question)
    {
        var query = Parse(question);

        Assert.NotEmpty(query.Topics);
        Assert.Empty(query.TopicOwners);
    }

    [Theory]
    [InlineData("Stargate vs Oracle's June deal", "oracle", 6)]
    [InlineData("Wievielmal so groß ist Stargate wie Oracles Juni-Deal?", "oracle", 6)]
    [InlineData("Who's bigger: Oracle's Sept deal or Microsoft's FY25 budget?", "oracle", 9)]
    [InlineData("Stargate or the June deal of Oracle?", "oracle", 6)]
    public void Parse_MonthWithoutYearBeforeOneSubjectsTopic_BelongsToThatSubject(string question, string subject, int month)
    {
        var query = Parse(question);

        Assert.Equal(month, query.MonthOwners[subject]);
        Assert.Null(query.Period.Month);
    }

    [Theory]
    [InlineData("Oracle's June deal")]
    [InlineData("Oracle may deal with Stargate")]
    [InlineData("Stargate vs Oracle's deal in June 2025")]
    public void Parse_MonthOfOneSubjectOrNoMonthBeforeATopic_HasNoMonthOwner(string question)
    {
        Assert.Empty(Parse(question).MonthOwners);
    }
}
