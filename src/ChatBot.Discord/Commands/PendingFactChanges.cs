using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Previewed changes waiting for Confirm, for as long as the interaction token lives (15 minutes). Only the
/// moderator who previewed a change can confirm it, and only once.
/// </summary>
public sealed class PendingFactChanges(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, PendingFactChange> _pending = new(StringComparer.Ordinal);

    public DateTimeOffset ExpiryFromNow => time.GetUtcNow() + Lifetime;

    public string Put(PendingFactChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var expired in _pending.Where(p => p.Value.Expires <= time.GetUtcNow()).Select(p => p.Key).ToList())
        {
            _pending.TryRemove(expired, out _);
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        _pending[token] = change;
        return token;
    }

    /// <summary>The change, removed so it cannot run twice; null when unknown, expired or previewed by someone else.</summary>
    public PendingFactChange? Take(string token, string userId)
    {
        if (!_pending.TryGetValue(token, out var change) || change.UserId != userId)
        {
            return null;
        }

        return _pending.TryRemove(token, out _) && change.Expires > time.GetUtcNow() ? change : null;
    }
}
