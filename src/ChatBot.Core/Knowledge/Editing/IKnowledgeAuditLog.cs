namespace ChatBot.Core.Knowledge.Editing;

/// <summary>Every change to the knowledge, oldest first, with who made it; the store behind it is the host's choice.</summary>
public interface IKnowledgeAuditLog
{
    /// <summary>Records a change (its <see cref="KnowledgeChange.Id"/> is ignored) and returns it with the id it was given.</summary>
    KnowledgeChange Append(KnowledgeChange change);

    KnowledgeChange? Find(long id);

    /// <summary>The newest changes first, of one fact or of all facts.</summary>
    IReadOnlyList<KnowledgeChange> History(string? factId, int limit);

    /// <summary>How many changes a fact has.</summary>
    int Count(string factId);
}
