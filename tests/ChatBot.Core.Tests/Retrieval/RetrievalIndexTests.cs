using ChatBot.Core.Knowledge;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Tests.Support;
using static ChatBot.Core.Tests.Support.TestFacts;

namespace ChatBot.Core.Tests.Retrieval;

public class RetrievalIndexTests
{
    private static readonly Fact Cluster = Fact(id: "cluster", amount: Money(5), quote: "Acme baut Servercluster in Kanada.", statement: "Acme baut Rechenzentren.");

    private static readonly Fact Plain = Fact(id: "plain", amount: Money(6), quote: "Acme investiert.", statement: "Acme investiert.");

    private static readonly KnowledgeBase Knowledge = SmallKnowledge.With(Cluster, Plain);

    [Theory]
    [InlineData("kanada", true)]
    [InlineData("rechenzentren", true)]
    [InlineData("cluster", true)]
    [InlineData("server", true)]
    [InlineData("serve", false)]
    [InlineData("servercluster", true)]
    [InlineData("baut", true)]
    [InlineData("intel", false)]
    public void Mentions_WordOrCompoundPartOfSixLetters_IsFound(string word, bool expected)
    {
        Assert.Equal(expected, RetrievalIndex.For(Knowledge).Mentions(Cluster, word));
    }

    [Fact]
    public void Mentioning_Word_ListsTheFactsInKnowledgeOrder()
    {
        Assert.Equal(["cluster", "plain"], RetrievalIndex.For(Knowledge).Mentioning("acme").Select(f => f.Id));
        Assert.Equal(["plain"], RetrievalIndex.For(Knowledge).Mentioning("investiert").Select(f => f.Id));
        Assert.Empty(RetrievalIndex.For(Knowledge).Mentioning("intel"));
    }

    [Fact]
    public void OnTopic_ListsCoveredFactsInFactOrder()
    {
        var dataCenters = Fact(id: "dc", kind: FactKind.DataCenters, amount: Money(1), period: Year(2024));
        var newer = Fact(id: "newer", kind: FactKind.DataCenters, amount: Money(1), period: Year(2025));
        var knowledge = SmallKnowledge.With(Plain, dataCenters, newer);

        Assert.Equal(["newer", "dc"], RetrievalIndex.For(knowledge).OnTopic(knowledge.FindTopic("data-centers")!).Select(f => f.Id));
    }
}
