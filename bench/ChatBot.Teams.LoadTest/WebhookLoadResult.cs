using System.Globalization;

namespace ChatBot.Teams.LoadTest;

/// <summary>Latencies in milliseconds of the answered requests, plus what went wrong.</summary>
internal sealed record WebhookLoadResult(double[] Latencies, TimeSpan Elapsed, int Failed, int NotSent)
{
    public int OverDeadline => Latencies.Count(l => l >= WebhookLoadSettings.Deadline.TotalMilliseconds);

    public string Report(WebhookLoadSettings settings)
    {
        var sorted = Latencies.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"""
            Requests: {sorted.Length} answered ({Failed} failed, {NotSent} not sent before the time limit)
            Concurrency: {settings.Concurrency} clients, warm-up {settings.Warmup} requests, {Environment.ProcessorCount} cores
            Elapsed: {Elapsed.TotalSeconds:F2} s, throughput {sorted.Length / Elapsed.TotalSeconds:F0} requests/s
            Latency ms: p50 {Percentile(0.50):F1}, p95 {Percentile(0.95):F1}, p99 {Percentile(0.99):F1}, max {sorted.LastOrDefault():F1}
            Over Teams' {WebhookLoadSettings.Deadline.TotalSeconds:F0} s deadline: {OverDeadline}
            """);
    }
}
