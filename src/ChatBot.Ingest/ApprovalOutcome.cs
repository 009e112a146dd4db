namespace ChatBot.Ingest;

/// <summary>What an approval did: the facts added (each an audited, undoable change), those skipped, or why nothing was.</summary>
public sealed record ApprovalOutcome(IReadOnlyList<string> Added, IReadOnlyList<string> Skipped, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
