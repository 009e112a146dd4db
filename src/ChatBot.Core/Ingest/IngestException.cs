using ChatBot.Core.Ingest.Reasons;

namespace ChatBot.Core.Ingest;

/// <summary>
/// An article or ingest request that cannot be taken in. A refusal with a <see cref="Reason"/> is rendered in the
/// reader's language (<see cref="Describe"/>); the message is its English one-line form for logs and the CLI.
/// </summary>
public sealed class IngestException : Exception
{
    public IngestException(IngestReason reason)
        : base(reason?.ToString())
    {
        ArgumentNullException.ThrowIfNull(reason);
        Reason = reason;
    }

    /// <summary>A refusal already worded for its reader (the English CLI, a Discord check that has the moderator's phrases).</summary>
    public IngestException(string message)
        : base(message)
    {
    }

    public IngestReason? Reason { get; }

    /// <summary>The refusal in the language of <paramref name="phrases"/>; the message as given when it has no reason.</summary>
    public string Describe(IIngestReasonPhrases phrases) => Reason?.Render(phrases) ?? Message;
}
