using System.Collections.Concurrent;

namespace ChatBot.Core.Phrasing;

/// <summary>How often phrasing was used and why it fell back; thread-safe, for status views and logs.</summary>
public sealed class PhrasingStats
{
    private readonly ConcurrentDictionary<PhrasingFallback, long> _fallbacks = new();
    private long _phrased;
    private long _understood;
    private long _notUnderstood;

    public long Phrased => Interlocked.Read(ref _phrased);

    public IReadOnlyDictionary<PhrasingFallback, long> Fallbacks => _fallbacks.ToDictionary(p => p.Key, p => p.Value);

    /// <summary>Questions the understanding fallback mapped onto a query the engine then answered from facts.</summary>
    public long Understood => Interlocked.Read(ref _understood);

    /// <summary>Questions the understanding fallback tried but whose mapping was rejected (the engine's answer stood).</summary>
    public long NotUnderstood => Interlocked.Read(ref _notUnderstood);

    public void CountUnderstood() => Interlocked.Increment(ref _understood);

    public void CountNotUnderstood() => Interlocked.Increment(ref _notUnderstood);

    public void CountPhrased() => Interlocked.Increment(ref _phrased);

    public void CountFallback(PhrasingFallback reason) => _fallbacks.AddOrUpdate(reason, 1, (_, count) => count + 1);
}
