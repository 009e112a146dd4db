using System.Collections.Frozen;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Languages;

/// <summary>
/// One entry per language — a phrase book, a vocabulary — with a fallback for languages that have none. Immutable:
/// adding a language gives a new table, so a registration never changes what running code sees.
/// </summary>
public sealed class LanguageTable<T>
    where T : class
{
    private readonly FrozenDictionary<Language, T> _entries;

    public LanguageTable(Language fallback, IEnumerable<KeyValuePair<Language, T>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = entries.ToFrozenDictionary();
        if (!_entries.ContainsKey(fallback))
        {
            throw new ArgumentException($"The fallback language '{fallback}' has no entry.", nameof(fallback));
        }

        Fallback = fallback;
    }

    /// <summary>The language used for a language without an entry.</summary>
    public Language Fallback { get; }

    /// <summary>The languages with an entry of their own.</summary>
    public IReadOnlyCollection<Language> Languages => _entries.Keys;

    public bool Has(Language language) => _entries.ContainsKey(language);

    /// <summary>The entry for <paramref name="language"/>, or the fallback's.</summary>
    public T For(Language language) => _entries.TryGetValue(language, out var entry) ? entry : _entries[Fallback];

    /// <summary>A table that also (or instead) has <paramref name="entry"/> for <paramref name="language"/>.</summary>
    public LanguageTable<T> With(Language language, T entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // Stryker disable once Linq : the entries become a dictionary with one entry per language, so their order is not observable.
        return new(Fallback, _entries.Where(pair => pair.Key != language).Append(new(language, entry)));
    }
}
