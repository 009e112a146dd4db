using ChatBot.Core.Knowledge;
using static ChatBot.Core.Tests.Support.TestFacts;

namespace ChatBot.Core.Tests.Knowledge;

public class TopicTests
{
    [Fact]
    public void Covers_FactTaggedWithTopic_IsTrue()
    {
        Assert.True(Topic("usa").Covers(Fact(kind: FactKind.Investment, topics: ["usa"])));
    }

    [Fact]
    public void Covers_UntaggedFactOfListedKind_IsTrue()
    {
        Assert.True(Topic("data-centers", FactKind.DataCenters).Covers(Fact(kind: FactKind.DataCenters)));
    }

    [Fact]
    public void Covers_UntaggedFactOfOtherKind_IsFalse()
    {
        Assert.False(Topic("data-centers", FactKind.DataCenters).Covers(Fact(kind: FactKind.Capex, topics: ["usa"])));
    }

    [Fact]
    public void Covers_TopicWithoutKinds_OnlyCoversTaggedFacts()
    {
        var topic = Topic("usa");

        Assert.False(topic.Covers(Fact(kind: FactKind.Investment)));
        Assert.True(topic.Covers(Fact(kind: FactKind.Investment, topics: ["azure", "usa"])));
    }
}
