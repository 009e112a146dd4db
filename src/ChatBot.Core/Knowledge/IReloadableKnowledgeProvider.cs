using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Knowledge;

/// <summary>A knowledge provider whose source can be re-read on demand (a moderator's "reload" command).</summary>
public interface IReloadableKnowledgeProvider : IKnowledgeProvider
{
    /// <summary>
    /// Re-reads the knowledge now. On success the new snapshot is in force; on failure the previous one stays and the
    /// result carries the errors.
    /// </summary>
    KnowledgeLoadResult Reload();
}
