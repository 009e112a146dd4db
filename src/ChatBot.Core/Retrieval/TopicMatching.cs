using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Retrieval;

/// <summary>Whether a fact is about one of the topics a question names.</summary>
internal static class TopicMatching
{
    public static bool Matches(Fact fact, IReadOnlyList<Topic> topics) => topics.Any(topic => topic.Covers(fact));
}
