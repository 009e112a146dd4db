using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Knowledge;

/// <summary>
/// The outcome of a reload: the version in force afterwards, the errors of a rejected edit, and the fact ids a
/// version waiting for confirmation would remove.
/// </summary>
public sealed record KnowledgeReloadResult(
    KnowledgeReloadOutcome Outcome,
    KnowledgeBase Current,
    IReadOnlyList<KnowledgeError> Errors,
    IReadOnlyList<string> RemovedFactIds)
{
    public bool Succeeded => Outcome is KnowledgeReloadOutcome.Loaded or KnowledgeReloadOutcome.Unchanged;
}
