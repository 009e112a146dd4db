using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Retrieval;

/// <summary>Whether a fact is about one of the topics a question names.</summary>
internal static class TopicMatching
{
    public static bool Matches(Fact fact, IReadOnlyList<Topic> topics) =>
        topics.Any(topic => fact.Topics.Contains(topic.Id) || KindOf(topic.Id) == fact.Kind);

    // Topic ids that correspond to a fact kind, so a fact counts for its topic even when untagged.
    private static FactKind? KindOf(string topicId) => topicId switch
    {
        "data-centers" => FactKind.DataCenters,
        "education" => FactKind.Education,
        "deals" => FactKind.Deal,
        "estimate" => FactKind.Estimate,
        "growth" => FactKind.Growth,
        "regulation" => FactKind.Regulation,
        "models" => FactKind.Model,
        _ => null,
    };
}
