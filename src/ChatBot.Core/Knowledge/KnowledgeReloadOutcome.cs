namespace ChatBot.Core.Knowledge;

/// <summary>What a reload did.</summary>
public enum KnowledgeReloadOutcome
{
    /// <summary>A new version is in force.</summary>
    Loaded,

    /// <summary>The files hold what was last seen; nothing to do.</summary>
    Unchanged,

    /// <summary>The files have errors; the last good version stays in force.</summary>
    Rejected,

    /// <summary>The new version would remove a large share of the facts; it waits for a moderator's confirmation.</summary>
    NeedsConfirmation,
}
