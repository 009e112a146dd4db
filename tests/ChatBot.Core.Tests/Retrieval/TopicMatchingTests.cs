using ChatBot.Core.Knowledge;
using ChatBot.Core.Retrieval;
using static ChatBot.Core.Tests.Support.TestFacts;

namespace ChatBot.Core.Tests.Retrieval;

public class TopicMatchingTests
{
    [Fact]
    public void Matches_NoTopics_IsFalse()
    {
        Assert.False(TopicMatching.Matches(Fact(topics: ["usa"]), []));
    }

    [Fact]
    public void Matches_SecondTopicCoversFact_IsTrue()
    {
        Assert.True(TopicMatching.Matches(Fact(kind: FactKind.Deal), [Topic("usa"), Topic("deals", FactKind.Deal)]));
    }

    [Fact]
    public void Matches_NoTopicCoversFact_IsFalse()
    {
        Assert.False(TopicMatching.Matches(Fact(kind: FactKind.Growth, topics: ["azure"]), [Topic("usa"), Topic("deals", FactKind.Deal)]));
    }
}
