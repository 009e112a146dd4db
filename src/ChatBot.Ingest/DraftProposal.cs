using ChatBot.Core.Knowledge;

namespace ChatBot.Ingest;

/// <summary>
/// One proposed fact of a draft as a reviewer sees it: the fact as the loader reads it, its YAML for the write path,
/// and the extractor's confidence and the existing fact it repeats (from the draft's comment; null when absent).
/// </summary>
public sealed record DraftProposal(Fact Fact, string Yaml, double? Confidence, string? DuplicateOf)
{
    public string Id => Fact.Id;
}
