using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Knowledge;

/// <summary>A knowledge provider whose source can be re-read on demand (a moderator's "reload" command).</summary>
public interface IReloadableKnowledgeProvider : IKnowledgeProvider
{
    /// <summary>The version in force and the last refused edit.</summary>
    KnowledgeStatus Status { get; }

    /// <summary>
    /// Re-reads the knowledge now. On success the new snapshot is in force; on failure the previous one stays and the
    /// result carries the errors. A version that would remove a large share of the facts counts as a failure.
    /// </summary>
    KnowledgeLoadResult Reload();

    /// <summary>
    /// Re-reads the knowledge now; a version that would remove a large share of the facts is taken into force only
    /// when <paramref name="confirmRemovals"/> is set, otherwise the result lists what it would remove.
    /// </summary>
    KnowledgeReloadResult Reload(bool confirmRemovals);
}
