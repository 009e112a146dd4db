using System.Globalization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Commands;

/// <summary>
/// /knowledge status (moderators): the version in force, the last edit that was refused and why, and how optional
/// LLM phrasing fared (answers phrased, fallbacks to the template by reason).
/// </summary>
public sealed class KnowledgeStatusCommand(IKnowledgeProvider knowledge, IAnswerPhraser phraser, PhrasingStats phrasing)
{
    public InteractionResponse Run(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var status = knowledge is IReloadableKnowledgeProvider reloadable
            ? ModerationTexts.Status(reloadable.Status)
            : $"Knowledge: {knowledge.Current.Facts.Count} facts, {knowledge.Current.Sources.Count} sources (fixed; not reloadable).";
        return DiscordResponses.Ephemeral(status + "\n" + PhrasingLine(PhrasingStatistics.Of(phrasing, phraser is not TemplateOnlyPhraser)));
    }

    /// <summary>One line on phrasing; fallback reasons that never happened are left out.</summary>
    public static string PhrasingLine(PhrasingStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        if (!statistics.Enabled)
        {
            return "Phrasing: off (no LLM configured; every answer is the template).";
        }

        var reasons = statistics.Fallbacks.Where(f => f.Value > 0).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key}: {f.Value}"));
        var why = statistics.FallbackTotal > 0 ? $" ({string.Join(", ", reasons)})" : "";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Phrasing: {statistics.Phrased} answers phrased, {statistics.FallbackTotal} fell back to the template{why}; unclear questions mapped: {statistics.Understood}, rejected: {statistics.NotUnderstood}.");
    }
}
