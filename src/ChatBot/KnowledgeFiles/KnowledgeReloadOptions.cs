namespace ChatBot.KnowledgeFiles;

/// <summary>How the running bot follows edits to its knowledge files.</summary>
internal sealed record KnowledgeReloadOptions
{
    /// <summary>
    /// Quiet time after the last file event before the files are read: editors save in steps (truncate, write,
    /// rename), and a half-written file must never be read as the new version.
    /// </summary>
    public TimeSpan DebounceDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the files are compared by content even without any file event (network shares, lost events).</summary>
    public TimeSpan FallbackInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A new version removing more than this share of the facts waits for a moderator's confirmation.</summary>
    public double MaxRemovedShare { get; init; } = 0.25;

    /// <summary>Removing fewer facts than this never needs a confirmation, so small knowledge files stay editable.</summary>
    public int MinRemovedToConfirm { get; init; } = 3;
}
