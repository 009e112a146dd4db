using System.Text.Json;
using ChatBot.Core.Phrasing;

namespace ChatBot.Hosting;

/// <summary>
/// The phrasing part of <c>GET /healthz</c>: whether an LLM is configured and the counters moderators watch
/// (phrased, fallbacks by reason in snake_case, the understanding fallback's outcomes). Never the model's settings.
/// </summary>
internal sealed record PhrasingHealth(bool Enabled, long Phrased, long FallbackTotal, IReadOnlyDictionary<string, long> Fallbacks, long Understood, long NotUnderstood)
{
    public static PhrasingHealth Of(PhrasingStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var fallbacks = statistics.Fallbacks.ToDictionary(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Key.ToString()), p => p.Value);
        return new PhrasingHealth(statistics.Enabled, statistics.Phrased, statistics.FallbackTotal, fallbacks, statistics.Understood, statistics.NotUnderstood);
    }
}
