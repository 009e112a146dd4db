using System.Runtime.CompilerServices;
using ChatBot.Core.Knowledge;
using ChatBot.Discord.Configuration;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Free-text answers rendered for Discord, kept per knowledge snapshot: each snapshot gets its own bounded cache that
/// lives and dies with it, so a reload can never serve an answer from older knowledge (a new snapshot starts empty and
/// the old entries are collected with the old snapshot). Within a snapshot at most
/// <see cref="DiscordOptions.AnswerCacheEntries"/> answers are kept; past that the least recently used are compacted
/// away. Only answers that do not depend on a conversation's earlier question are stored (see
/// <see cref="AnswerCommands"/>).
/// </summary>
public sealed class DiscordAnswerCache(IOptions<DiscordOptions> options)
{
    private readonly int _capacity = options.Value.AnswerCacheEntries;
    private readonly ConditionalWeakTable<KnowledgeBase, MemoryCache> _snapshots = [];
    private long _hits;
    private long _misses;

    /// <summary>False when <see cref="DiscordOptions.AnswerCacheEntries"/> is 0.</summary>
    public bool IsEnabled => _capacity > 0;

    /// <summary>Lookups that found an answer.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Lookups that did not (or that a disabled cache answered with nothing).</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>How many answers are kept for <paramref name="knowledge"/>.</summary>
    internal int CountFor(KnowledgeBase knowledge) => _snapshots.TryGetValue(knowledge, out var cache) ? cache.Count : 0;

    internal CachedAnswer? Find(KnowledgeBase knowledge, AnswerCacheKey key)
    {
        if (IsEnabled && For(knowledge).TryGetValue(key, out CachedAnswer? cached) && cached is not null)
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }

        Interlocked.Increment(ref _misses);
        return null;
    }

    internal void Add(KnowledgeBase knowledge, AnswerCacheKey key, CachedAnswer answer)
    {
        if (IsEnabled)
        {
            For(knowledge).Set(key, answer, new MemoryCacheEntryOptions { Size = 1 });
        }
    }

    // TryGetValue first: GetValue's factory delegate would be allocated on every lookup.
    private MemoryCache For(KnowledgeBase knowledge) =>
        _snapshots.TryGetValue(knowledge, out var cache)
            ? cache
            : _snapshots.GetValue(knowledge, _ => new MemoryCache(new MemoryCacheOptions { SizeLimit = _capacity }));
}
