namespace ChatBot.Ingest;

/// <summary>What an approval did: the facts added (each an audited, undoable change), those skipped, or why nothing was.</summary>
/// <remarks>
/// <see cref="Errors"/> stay English, unlike an ingest's <see cref="Core.Ingest.Reasons.IngestReason"/>: most are the
/// loader's validation messages, which quote file, line and fact id for the moderator who fixes the draft.
/// </remarks>
public sealed record ApprovalOutcome(IReadOnlyList<string> Added, IReadOnlyList<string> Skipped, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
