using System.Globalization;

namespace ChatBot.LoadTest;

/// <summary>Latencies in milliseconds of the answered requests over the measured time, plus what went wrong.</summary>
internal sealed record LoadResult(double[] Latencies, TimeSpan Elapsed, int Failed, int Deferred, int Collections, TimeSpan GcPauses, TimeSpan Cpu)
{
    public static LoadResult Empty { get; } = new([], TimeSpan.Zero, 0, 0, 0, TimeSpan.Zero, TimeSpan.Zero);

    public double Throughput => Elapsed > TimeSpan.Zero ? Latencies.Length / Elapsed.TotalSeconds : 0;

    public LoadResult Add(LoadResult other) =>
        new([.. Latencies, .. other.Latencies], Elapsed + other.Elapsed, Failed + other.Failed, Deferred + other.Deferred,
            Collections + other.Collections, GcPauses + other.GcPauses, Cpu + other.Cpu);

    /// <summary>Processor time of the whole process (client and server) per answered request, in microseconds.</summary>
    public double CpuPerRequest => Latencies.Length == 0 ? double.NaN : Cpu.TotalMicroseconds / Latencies.Length;

    public double Percentile(double p)
    {
        var sorted = Latencies.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    public string Report(string name) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-34} {Throughput,8:F0} req/s  p50 {Percentile(0.50),6:F1} ms  p99 {Percentile(0.99),6:F1} ms  max {(Latencies.Length == 0 ? 0 : Latencies.Max()),6:F1} ms  CPU {CpuPerRequest:F0} µs/req, {Cpu.TotalMilliseconds / Elapsed.TotalMilliseconds:F2} cores  ({Latencies.Length} answered, {Failed} failed, {Deferred} deferred; {Collections} GCs, paused {GcPauses.TotalMilliseconds / Elapsed.TotalMilliseconds:P0} of the time)");
}
