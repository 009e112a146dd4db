using System.Globalization;

namespace ChatBot.LoadTest;

/// <summary>Latencies in milliseconds of the answered requests, plus what went wrong.</summary>
internal sealed record LoadResult(double[] Latencies, TimeSpan Elapsed, int Failed, int Deferred, int NotSent)
{
    public double Throughput => Latencies.Length / Elapsed.TotalSeconds;

    public string Report(LoadTestSettings settings)
    {
        var sorted = Latencies.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"""
            Requests: {sorted.Length} completed ({Failed} failed, {Deferred} deferred, {NotSent} not sent before the time limit)
            Concurrency: {settings.Concurrency} clients, warm-up {settings.Warmup} requests, {Environment.ProcessorCount} cores
            Elapsed: {Elapsed.TotalSeconds:F2} s, throughput {Throughput:F0} requests/s
            Latency ms: p50 {Percentile(0.50):F1}, p95 {Percentile(0.95):F1}, p99 {Percentile(0.99):F1}, max {sorted.LastOrDefault():F1}
            """);
    }
}
