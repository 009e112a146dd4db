using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Knowledge;

public class TopicTermIndexTests
{
    private static readonly Topic DataCenters = new("data-centers", Text("Rechenzentren", "data centres"), ["rechenzentr", "data center", "big data campus"]);
    private static readonly Topic Chips = new("chips", Text("Halbleiter", "semiconductors"), ["chip", "gpu", "server"]);
    private static readonly Topic Ai = new("ai", Text("KI", "AI"), ["ki", "kuenstliche intelligenz"]);

    private static readonly TopicTermIndex Index = TopicTermIndex.Build([DataCenters, Chips, Ai]);

    [Theory]
    [InlineData("rechenzentren", "data-centers")]
    [InlineData("rechenzentrum", "data-centers")]
    [InlineData("kirechenzentren", "data-centers")]
    [InlineData("halbleiter", "chips")]
    [InlineData("halbleiterwerk", "chips")]
    [InlineData("semiconductors", "chips")]
    [InlineData("chips", "chips")]
    [InlineData("webserver", "chips")]
    [InlineData("gpu", "chips")]
    [InlineData("ki", "ai")]
    [InlineData("ai", "ai")]
    public void Match_WordWithATermsStem_FindsTheTopic(string word, string topic)
    {
        var match = Assert.Single(Index.Match(["wie", word, "heute"]));

        Assert.Equal((topic, 1, 1), (match.Topic.Id, match.Start, match.Length));
    }

    [Theory]
    [InlineData("microchip")]
    [InlineData("gpus")]
    [InlineData("kino")]
    [InlineData("aim")]
    [InlineData("zentren")]
    public void Match_ShortStemInsideOrAtTheStartOfAnotherWord_IsNoMatch(string word)
    {
        Assert.Empty(Index.Match([word]));
    }

    [Fact]
    public void Match_SameWordAskedTwice_GivesTheSameTopics()
    {
        var first = Index.Match(["rechenzentren"]);
        var second = Index.Match(["rechenzentren"]);

        Assert.Equal(first, second);
        Assert.Equal("data-centers", Assert.Single(second).Topic.Id);
    }

    [Fact]
    public void Match_MultiWordTerm_FindsTheTopicWithItsSpan()
    {
        var matches = Index.Match(["neue", "data", "centers", "bauen"]);

        var match = Assert.Single(matches);
        Assert.Equal(("data-centers", 1, 2), (match.Topic.Id, match.Start, match.Length));
    }

    [Fact]
    public void Match_TermOfThreeWords_NeedsEveryWordButTheLastExactly()
    {
        Assert.Single(Index.Match(["big", "data", "campuses"]));
        Assert.Empty(Index.Match(["bigger", "data", "campus"]));
        Assert.Empty(Index.Match(["big", "datas", "campus"]));
        Assert.Empty(Index.Match(["big", "data"]));
    }

    [Fact]
    public void Match_TermCutOffByTheEndOfTheQuestion_IsNoMatch()
    {
        Assert.Empty(Index.Match(["neue", "data"]));
    }

    [Fact]
    public void Match_NameInEachLanguage_IsATerm()
    {
        var matches = Index.Match(["kuenstliche", "intelligenz", "und", "data", "centres"]);

        Assert.Equal([("ai", 0, 2), ("data-centers", 3, 2)], matches.Select(m => (m.Topic.Id, m.Start, m.Length)));
    }

    [Fact]
    public void Match_TwoStemsOfOneTopicInOneWord_FindTheTopicOnce()
    {
        var index = TopicTermIndex.Build([new Topic("chips", Text("Chips", "chips"), ["chipfab", "chipfabrik"])]);

        var match = Assert.Single(index.Match(["chipfabriken"]));
        Assert.Equal("chips", match.Topic.Id);
    }

    [Fact]
    public void Match_TermsAreFolded()
    {
        var index = TopicTermIndex.Build([new Topic("ai", Text("Künstliche Intelligenz", "artificial intelligence"), ["Rechenzentr"])]);

        Assert.Equal(["ai", "ai"], index.Match(["kuenstliche", "intelligenz", "rechenzentrum"]).Select(m => m.Topic.Id));
    }

    [Fact]
    public void Match_NoTokens_IsEmpty()
    {
        Assert.Empty(Index.Match([]));
    }

    private static LocalizedText Text(string de, string en) => new([new(Language.German, de), new(Language.English, en)]);
}
