using System.Collections.Concurrent;

namespace ChatBot.Core.Phrasing;

/// <summary>How often phrasing was used and why it fell back; thread-safe, for status views and logs.</summary>
public sealed class PhrasingStats
{
    private readonly ConcurrentDictionary<PhrasingFallback, long> _fallbacks = new();
    private long _phrased;

    public long Phrased => Interlocked.Read(ref _phrased);

    public IReadOnlyDictionary<PhrasingFallback, long> Fallbacks => _fallbacks.ToDictionary(p => p.Key, p => p.Value);

    public void CountPhrased() => Interlocked.Increment(ref _phrased);

    public void CountFallback(PhrasingFallback reason) => _fallbacks.AddOrUpdate(reason, 1, (_, count) => count + 1);
}
