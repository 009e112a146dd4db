namespace ChatBot.Core.Knowledge.Editing;

/// <summary>
/// The one write path for every editor (chat, command line): each change is validated as the whole knowledge would be
/// after it, touches only the fact's own block, is written atomically, refused when the fact changed since the
/// editor's version, recorded with its actor, and taken in force before the call returns.
/// </summary>
public interface IKnowledgeEditor
{
    FactSnapshot? Show(string factId);

    /// <summary>Adds a fact given as a YAML block (a mapping or a one-item list), into its source's file.</summary>
    KnowledgeEditResult Add(string yaml, EditActor actor, string? reason);

    /// <summary>Replaces the fact's block; <paramref name="baseVersion"/> is the version the editor started from.</summary>
    KnowledgeEditResult Edit(string factId, string baseVersion, string yaml, EditActor actor, string? reason);

    /// <summary>
    /// Checks an add (<paramref name="factId"/> null) or an edit exactly as it would run, without writing: the result's
    /// change (id 0) is what would be recorded, so a moderator can confirm it.
    /// </summary>
    KnowledgeEditResult Preview(string? factId, string? baseVersion, string yaml, EditActor actor);

    KnowledgeEditResult Remove(string factId, string baseVersion, EditActor actor, string? reason);

    /// <summary>Applies the inverse of a recorded change, refused when the fact changed since.</summary>
    KnowledgeEditResult Undo(long changeId, EditActor actor, string? reason);

    IReadOnlyList<KnowledgeChange> History(string? factId, int limit);
}
