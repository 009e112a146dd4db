namespace ChatBot.Core.Knowledge;

/// <summary>
/// A theme a fact can belong to (data centres, education, ...). <see cref="Terms"/> are word stems that
/// mark the topic in a question, in either language.
/// </summary>
public sealed record Topic(string Id, LocalizedText Name, IReadOnlyList<string> Terms)
{
    /// <summary>
    /// Fact kinds that belong to this topic even when a fact is not tagged with it (every <c>data_centers</c> fact is
    /// about data centres). Set in the knowledge file's <c>kinds</c> list, so the mapping lives with the topic.
    /// </summary>
    public IReadOnlyList<FactKind> Kinds { get; init; } = [];

    /// <summary>Whether a fact is about this topic: tagged with it, or of one of its kinds.</summary>
    public bool Covers(Fact fact) => fact.Topics.Contains(Id) || Kinds.Contains(fact.Kind);
}
