using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ChatBot.Discord.Moderation;

/// <summary>
/// Moderator work kept on the server under a random token for as long as an interaction token lives (15 minutes),
/// because a custom id holds only 100 characters; only the moderator who opened an entry gets it back.
/// </summary>
public abstract class ModeratorTokenStore<T>(TimeProvider time)
    where T : class, IModeratorOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, T> _entries = new(StringComparer.Ordinal);

    public DateTimeOffset ExpiryFromNow => time.GetUtcNow() + Lifetime;

    /// <summary>Keeps <paramref name="entry"/> under a new token (dropping expired entries first) and returns the token.</summary>
    public string Put(T entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        foreach (var expired in _entries.Where(p => p.Value.Expires <= time.GetUtcNow()).Select(p => p.Key).ToList())
        {
            _entries.TryRemove(expired, out _);
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        _entries[token] = entry;
        return token;
    }

    /// <summary>The entry; null when unknown, expired or opened by someone else.</summary>
    protected T? Find(string token, string userId) =>
        _entries.TryGetValue(token, out var entry) && entry.UserId == userId && entry.Expires > time.GetUtcNow() ? entry : null;

    /// <summary>The entry, removed so it cannot be used twice; null when unknown, expired or opened by someone else.</summary>
    protected T? Take(string token, string userId)
    {
        if (!_entries.TryGetValue(token, out var entry) || entry.UserId != userId)
        {
            return null;
        }

        return _entries.TryRemove(token, out _) && entry.Expires > time.GetUtcNow() ? entry : null;
    }

    protected void Replace(string token, T entry) => _entries[token] = entry;

    protected void Drop(string token) => _entries.TryRemove(token, out _);
}
