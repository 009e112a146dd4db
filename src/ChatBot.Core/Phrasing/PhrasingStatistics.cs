namespace ChatBot.Core.Phrasing;

/// <summary>
/// A read-only snapshot of <see cref="PhrasingStats"/> for status views (<c>/healthz</c>, a moderator's status command):
/// how many answers went out phrased, how many fell back to the template and why, and what the understanding
/// fallback did. Every fallback reason is listed, with 0 when it never happened, so a view can show them all.
/// </summary>
/// <param name="Enabled">Whether an LLM is configured; false means every answer is the template and nothing is counted.</param>
/// <param name="Phrased">Answers that went out with the checked model phrasing.</param>
/// <param name="Fallbacks">Answers phrasing was tried for that went out as the template, by reason.</param>
/// <param name="Understood">Unclear questions the model mapped onto a query the engine answered from facts.</param>
/// <param name="NotUnderstood">Unclear questions whose mapping was rejected, so the engine's own answer stood.</param>
public sealed record PhrasingStatistics(
    bool Enabled,
    long Phrased,
    IReadOnlyDictionary<PhrasingFallback, long> Fallbacks,
    long Understood,
    long NotUnderstood)
{
    /// <summary>All counted fallbacks together.</summary>
    public long FallbackTotal => Fallbacks.Values.Sum();

    /// <summary>Takes a consistent-enough snapshot (each counter is read atomically) of <paramref name="stats"/>.</summary>
    public static PhrasingStatistics Of(PhrasingStats stats, bool enabled)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var counted = stats.Fallbacks;
        var fallbacks = Enum.GetValues<PhrasingFallback>()
            .Where(reason => reason != PhrasingFallback.NotPhrasable)
            .ToDictionary(reason => reason, reason => counted.GetValueOrDefault(reason));
        return new PhrasingStatistics(enabled, stats.Phrased, fallbacks, stats.Understood, stats.NotUnderstood);
    }
}
