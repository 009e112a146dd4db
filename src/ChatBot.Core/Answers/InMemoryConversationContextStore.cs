using System.Collections.Concurrent;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>
/// Keeps each conversation's last query in memory for a short time (10 minutes by default): a follow-up after a
/// coffee break is a new question. Expired entries are dropped when read and swept when the store grows.
/// </summary>
public sealed class InMemoryConversationContextStore(TimeProvider clock, TimeSpan? expiry = null) : IConversationContextStore
{
    public static readonly TimeSpan DefaultExpiry = TimeSpan.FromMinutes(10);

    private const int SweepThreshold = 10_000;
    private const int SweepInterval = 256;

    private readonly ConcurrentDictionary<ConversationKey, (Query Query, DateTimeOffset Until)> _entries = new();
    private readonly TimeSpan _expiry = expiry ?? DefaultExpiry;
    private long _sets;

    public int Count => _entries.Count;

    /// <inheritdoc/>
    public Query? Get(ConversationKey key)
    {
        // Stryker disable once Block : an absent entry's default expiry lies before every clock time, so the expiry branch returns null too
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.Until > clock.GetUtcNow())
        {
            return entry.Query;
        }

        _entries.TryRemove(KeyValuePair.Create(key, entry));
        return null;
    }

    /// <inheritdoc/>
    public void Set(ConversationKey key, Query query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var now = clock.GetUtcNow();
        _entries[key] = (query, now + _expiry);
        // ConcurrentDictionary.Count takes every lock of the dictionary; counting on every Set made all answering
        // threads queue behind each other, so the size is looked at on every SweepInterval-th Set only.
        if (Interlocked.Increment(ref _sets) % SweepInterval == 0 && _entries.Count > SweepThreshold)
        {
            foreach (var expired in _entries.Where(e => e.Value.Until <= now))
            {
                _entries.TryRemove(expired);
            }
        }
    }
}
