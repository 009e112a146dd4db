using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ChatBot.Discord.Moderation;

/// <summary>
/// Open fact forms by token, for as long as the interaction that opened them lives (15 minutes); only the moderator
/// who opened a form can submit or reopen it.
/// </summary>
public sealed class PendingFactForms(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, FactFormContext> _forms = new(StringComparer.Ordinal);

    public DateTimeOffset ExpiryFromNow => time.GetUtcNow() + Lifetime;

    public string Put(FactFormContext form)
    {
        ArgumentNullException.ThrowIfNull(form);
        foreach (var expired in _forms.Where(p => p.Value.Expires <= time.GetUtcNow()).Select(p => p.Key).ToList())
        {
            _forms.TryRemove(expired, out _);
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        _forms[token] = form;
        return token;
    }

    /// <summary>The form; null when unknown, expired or opened by someone else.</summary>
    public FactFormContext? Find(string token, string userId) =>
        _forms.TryGetValue(token, out var form) && form.UserId == userId && form.Expires > time.GetUtcNow() ? form : null;

    /// <summary>Keeps what the moderator submitted, so the form can be reopened with it.</summary>
    public void Update(string token, FactFormContext form) => _forms[token] = form;

    public void Remove(string token) => _forms.TryRemove(token, out _);
}
