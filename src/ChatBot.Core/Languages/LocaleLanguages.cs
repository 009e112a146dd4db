using System.Collections.Frozen;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Languages;

/// <summary>
/// Which language a platform's locale tag names — Discord's "de" and "en-US", Teams' "de-DE" and "en_GB". One table for
/// every platform, so a new language is one registration here (next to its phrase books), not a string compared in
/// each adapter. Immutable: <see cref="With"/> gives a new table.
/// </summary>
public sealed class LocaleLanguages
{
    private const int MaxTagLength = 64;

    private readonly FrozenDictionary<string, Language> _tags;

    /// <param name="fallback">The language for a missing or unknown locale.</param>
    /// <param name="tags">Locale tags ("de", "pt-BR") and their language; a tag also covers its longer forms ("de-AT").</param>
    public LocaleLanguages(Language fallback, IEnumerable<KeyValuePair<string, Language>> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        _tags = tags.ToFrozenDictionary(pair => Normalized(pair.Key), pair => pair.Value, StringComparer.Ordinal);
        Fallback = fallback;
    }

    /// <summary>German and English, the languages with phrase books and vocabulary; English for anything else.</summary>
    public static LocaleLanguages Default { get; } = new(Language.English,
    [
        new("de", Language.German),
        new("en", Language.English),
    ]);

    /// <summary>The language for a missing or unknown locale.</summary>
    public Language Fallback { get; }

    /// <summary>
    /// The language the locale names: its whole tag if registered, else its shorter forms ("de-CH-x" → "de-CH" → "de");
    /// null when the locale is missing, overlong or no form of it is registered.
    /// </summary>
    public Language? Find(string? locale)
    {
        // Real tags are short; a request may send anything, and each shorter form is a new string.
        if (string.IsNullOrWhiteSpace(locale) || locale.Length > MaxTagLength)
        {
            return null;
        }

        for (var tag = Normalized(locale); tag.Length > 0; tag = tag[..Math.Max(tag.LastIndexOf('-'), 0)])
        {
            if (_tags.TryGetValue(tag, out var language))
            {
                return language;
            }
        }

        return null;
    }

    /// <summary>The language the locale names, else <see cref="Fallback"/>.</summary>
    public Language Of(string? locale) => Find(locale) ?? Fallback;

    /// <summary>A table that also (or instead) maps <paramref name="tag"/> to <paramref name="language"/>.</summary>
    public LocaleLanguages With(string tag, Language language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        return new(Fallback, _tags.Where(pair => pair.Key != Normalized(tag)).Append(new(tag, language)));
    }

    // BCP 47 tags are case-insensitive; some clients write "en_US".
    private static string Normalized(string tag) => tag.Trim().Replace('_', '-').ToLowerInvariant();
}
