using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge;

public class KnowledgeBaseTests
{
    private static readonly Fact AcmeCapex = TestFacts.Fact(id: "acme-capex", subject: "acme", related: ["beta"]);
    private static readonly Fact AcmeDeal = TestFacts.Fact(id: "acme-deal", subject: "acme", kind: FactKind.Deal, related: ["beta", "gamma"]);
    private static readonly Fact BetaCapex = TestFacts.Fact(id: "beta-capex", subject: "beta");
    private static readonly KnowledgeBase Knowledge = SmallKnowledge.With(AcmeCapex, AcmeDeal, BetaCapex);

    [Fact]
    public void Find_KnownIds_FindEachKind()
    {
        Assert.Same(SmallKnowledge.Article2, Knowledge.FindSource("article-2"));
        Assert.Equal("beta", Knowledge.FindSubject("beta")?.Id);
        Assert.Equal("data-centers", Knowledge.FindTopic("data-centers")?.Id);
        Assert.Same(AcmeDeal, Knowledge.FindFact("acme-deal"));
    }

    [Fact]
    public void Find_UnknownOrDifferentlyCasedIds_AreNull()
    {
        Assert.Null(Knowledge.FindSource("article-9"));
        Assert.Null(Knowledge.FindSubject("Beta"));
        Assert.Null(Knowledge.FindTopic("chips"));
        Assert.Null(Knowledge.FindFact("ACME-DEAL"));
    }

    [Fact]
    public void FactsAbout_Subject_ListsItsFactsInFileOrder()
    {
        Assert.Equal([AcmeCapex, AcmeDeal], Knowledge.FactsAbout("acme"));
        Assert.Equal([BetaCapex], Knowledge.FactsAbout("beta"));
        Assert.Empty(Knowledge.FactsAbout("gamma"));
    }

    [Fact]
    public void FactsInvolving_Subject_ListsFactsThatRelateToIt()
    {
        Assert.Equal([AcmeCapex, AcmeDeal], Knowledge.FactsInvolving("beta"));
        Assert.Equal([AcmeDeal], Knowledge.FactsInvolving("gamma"));
        Assert.Empty(Knowledge.FactsInvolving("acme"));
    }

    [Fact]
    public void Constructor_KeepsListsOriginAndIndexes()
    {
        Assert.Equal("small", Knowledge.Origin);
        Assert.Equal(3, Knowledge.Facts.Count);
        Assert.Equal(2, Knowledge.Sources.Count);
        Assert.Equal(5, Knowledge.Subjects.Count);
        Assert.Single(Knowledge.Topics);
        Assert.Equal("trio", Knowledge.Aliases.Find("das trio")?.Id);
        Assert.Equal("data-centers", Assert.Single(Knowledge.TopicTerms.Match(["rechenzentren"])).Topic.Id);
    }
}
