namespace ChatBot.Core.Knowledge;

/// <summary>
/// A text in several languages, keyed by <see cref="Language"/>. Asking for a language without a text of its own
/// falls back to English, then to any text, so a language added later answers before its translations exist.
/// </summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    // A handful of languages at most: a linear scan beats a dictionary on the hot path (every statement shown).
    private readonly KeyValuePair<Language, string>[] _texts;

    /// <summary>The texts in the order given; a language given twice keeps its first text.</summary>
    public LocalizedText(IEnumerable<KeyValuePair<Language, string>> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var list = new List<KeyValuePair<Language, string>>();
        foreach (var (language, text) in texts)
        {
            ArgumentNullException.ThrowIfNull(text);
            if (!list.Exists(pair => pair.Key == language))
            {
                list.Add(new(language, text));
            }
        }

        if (list.Count == 0)
        {
            throw new ArgumentException("A localized text needs at least one language.", nameof(texts));
        }

        _texts = [.. list];
    }

    /// <summary>The languages with a text of their own, in the order given.</summary>
    public IEnumerable<Language> Languages => _texts.Select(pair => pair.Key);

    /// <summary>Every distinct text, in the order of <see cref="Languages"/>: the names a subject answers to in any language.</summary>
    public IEnumerable<string> Texts => _texts.Select(pair => pair.Value).Distinct(StringComparer.Ordinal);

    public bool Has(Language language) => Array.Exists(_texts, pair => pair.Key == language);

    /// <summary>The text in <paramref name="language"/>, else in English, else the first one given.</summary>
    public string In(Language language)
    {
        string? english = null;
        foreach (var (key, text) in _texts)
        {
            if (key == language)
            {
                return text;
            }

            if (key == Language.English)
            {
                english = text;
            }
        }

        return english ?? _texts[0].Value;
    }

    public bool Equals(LocalizedText? other) =>
        other is not null && (ReferenceEquals(this, other) || _texts.AsSpan().SequenceEqual(other._texts));

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    // Value equality for == as well, as when this was a record: callers compare texts, not instances.
    public static bool operator ==(LocalizedText? left, LocalizedText? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(LocalizedText? left, LocalizedText? right) => !(left == right);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (language, text) in _texts)
        {
            hash.Add(language);
            hash.Add(text, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(", ", _texts.Select(pair => $"{pair.Key}: {pair.Value}"));
}
