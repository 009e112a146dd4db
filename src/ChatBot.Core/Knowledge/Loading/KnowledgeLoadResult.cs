namespace ChatBot.Core.Knowledge.Loading;

/// <summary>The outcome of loading a knowledge file: a snapshot only when there were no errors at all.</summary>
public sealed record KnowledgeLoadResult(KnowledgeBase? Knowledge, IReadOnlyList<KnowledgeError> Errors)
{
    public bool Succeeded => Knowledge is not null && Errors.Count == 0;
}
