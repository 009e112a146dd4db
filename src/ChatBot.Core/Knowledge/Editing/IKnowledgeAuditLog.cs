namespace ChatBot.Core.Knowledge.Editing;

/// <summary>
/// Every change to the knowledge, oldest first, with who made it; the store behind it is the host's choice. A change
/// the write path makes is recorded in two steps around the file write — <see cref="Begin"/> before, <see cref="Complete"/>
/// after — so a crash or a failing store between the two leaves a pending record that the next write or start
/// reconciles with the file, never a file change without its history. Only completed changes are history.
/// </summary>
public interface IKnowledgeAuditLog
{
    /// <summary>Records a completed change (its <see cref="KnowledgeChange.Id"/> is ignored) and returns it with the id it was given.</summary>
    KnowledgeChange Append(KnowledgeChange change);

    KnowledgeChange? Find(long id);

    /// <summary>The newest changes first, of one fact or of all facts.</summary>
    IReadOnlyList<KnowledgeChange> History(string? factId, int limit);

    /// <summary>How many changes a fact has.</summary>
    int Count(string factId);

    /// <summary>Records a change that is about to be written, as pending; it becomes history with <see cref="Complete"/>.</summary>
    KnowledgeChange Begin(KnowledgeChange change) => Append(change);

    /// <summary>Marks a pending change as done: the file holds it.</summary>
    void Complete(long id)
    {
    }

    /// <summary>Marks a pending change as never written: the file does not hold it.</summary>
    void Abandon(long id)
    {
    }

    /// <summary>Changes begun and neither completed nor abandoned, oldest first.</summary>
    IReadOnlyList<KnowledgeChange> Pending() => [];

    /// <summary>
    /// Records a change noticed in the files (a hand edit) unless the fact's latest record — completed or pending —
    /// already ends in the same text, atomically, so two processes watching one folder record it once.
    /// </summary>
    bool AppendUnlessRecorded(KnowledgeChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (History(change.FactId, 1) is [var last] && last.NewYaml == change.NewYaml)
        {
            return false;
        }

        Append(change);
        return true;
    }
}
