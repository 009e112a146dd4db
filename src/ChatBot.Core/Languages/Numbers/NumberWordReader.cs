using System.Collections.Frozen;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Text;

namespace ChatBot.Core.Languages.Numbers;

/// <summary>
/// Reads number words of every registered language in folded text ("fuenf" and "fünf" alike, see
/// <see cref="TextFolding"/>): cardinals with one-word compounds ("zweiundachtzig", "dreihundert") and multiplier
/// endings ("sechsmal"), ordinals, shares, counting articles, scales and currency names. The quote checker, the ingest
/// scanners and the phrasing guard read through one reader, so a word added to a language's vocabulary is read by all
/// three. Immutable; build one per table of vocabularies.
/// </summary>
public sealed class NumberWordReader
{
    private readonly FrozenDictionary<string, decimal> _cardinals;
    private readonly FrozenDictionary<string, decimal> _compoundForms;
    private readonly FrozenDictionary<string, decimal> _ordinals;
    private readonly FrozenDictionary<string, decimal> _fractions;
    private readonly FrozenDictionary<string, decimal> _articleFractions;
    private readonly FrozenSet<string> _articles;
    private readonly FrozenDictionary<string, string> _currencies;
    private readonly (Language Language, FrozenDictionary<string, Scale> Scales, bool CapitalisesNouns)[] _scales;
    private readonly FrozenSet<string> _abbreviations;
    private readonly FrozenSet<string> _percentWords;
    private readonly FrozenSet<string> _rangeWords;
    private readonly FrozenSet<string> _rangeJoiners;
    private readonly FrozenSet<string> _rangeOpeners;
    private readonly string[] _joiners;
    private readonly string[] _suffixes;
    private readonly (string Word, decimal Value)[] _multipliers;
    private readonly bool[] _openings = new bool[26 * 26];

    public NumberWordReader(LanguageTable<INumberVocabulary> vocabularies)
    {
        ArgumentNullException.ThrowIfNull(vocabularies);
        Vocabularies = vocabularies;
        var languages = vocabularies.Languages.OrderBy(l => l != vocabularies.Fallback).ThenBy(l => l.Code, StringComparer.Ordinal).ToArray();
        var all = languages.Select(vocabularies.For).ToArray();
        _cardinals = Folded(all.SelectMany(v => v.Cardinals).Select(p => KeyValuePair.Create(p.Key, (decimal)p.Value)));
        _compoundForms = Folded(all.SelectMany(v => v.CompoundForms).Select(p => KeyValuePair.Create(p.Key, (decimal)p.Value)));
        _ordinals = Folded(all.SelectMany(v => v.Ordinals.SelectMany(p => v.OrdinalEndings.Select(ending => KeyValuePair.Create(p.Key + ending, (decimal)p.Value)))));
        _fractions = Folded(all.SelectMany(v => v.Fractions));
        _articleFractions = Folded(all.SelectMany(v => v.ArticleFractions));
        _articles = all.SelectMany(v => v.CountingArticles).Select(TextFolding.Fold).ToFrozenSet(StringComparer.Ordinal);
        _currencies = Folded(all.SelectMany(v => v.Currencies));
        _scales = [.. languages.Select(l => (l, Folded(vocabularies.For(l).Scales.Select(p => KeyValuePair.Create(p.Key.TrimEnd('.'), p.Value))), vocabularies.For(l).CapitalisesNouns))];
        _abbreviations = Set(all.SelectMany(v => v.Scales.Keys).Where(word => word.EndsWith('.')).Select(word => word.TrimEnd('.')));
        _percentWords = Set(all.SelectMany(v => v.PercentWords));
        _rangeJoiners = Set(all.SelectMany(v => v.RangeJoiners));
        _rangeWords = Set(all.SelectMany(v => v.RangeWords).Concat(_rangeJoiners));
        _rangeOpeners = Set(all.SelectMany(v => v.RangeOpeners));
        _joiners = [.. all.Select(v => v.CompoundJoiner).OfType<string>().Select(TextFolding.Fold).Distinct()];
        _suffixes = [.. all.SelectMany(v => v.MultiplierSuffixes).Select(TextFolding.Fold).Distinct().OrderByDescending(s => s.Length)];
        _multipliers = [.. _cardinals.Where(p => p.Value is 100 or 1000).OrderByDescending(p => p.Value).ThenByDescending(p => p.Key.Length).Select(p => (p.Key, p.Value))];
        foreach (var word in _cardinals.Keys.Concat(_compoundForms.Keys).Concat(_ordinals.Keys).Concat(_fractions.Keys).Concat(_articleFractions.Keys)
            .Concat(_articles).Concat(_scales.SelectMany(s => s.Scales.Keys)))
        {
            if (word.Length >= 2 && word[0] is >= 'a' and <= 'z' && word[1] is >= 'a' and <= 'z')
            {
                _openings[((word[0] - 'a') * 26) + word[1] - 'a'] = true;
            }
        }
    }

    /// <summary>The reader of the default languages.</summary>
    public static NumberWordReader Default { get; } = new(NumberVocabularies.Default);

    /// <summary>The vocabularies this reader reads.</summary>
    public LanguageTable<INumberVocabulary> Vocabularies { get; }

    /// <summary>Every cardinal, as written and folded ("fünf", "fuenf"), for regular expressions over unfolded text.</summary>
    public IReadOnlyList<string> CardinalSpellings => Spellings(v => v.Cardinals.Keys);

    /// <summary>Every form a unit takes at the start of a compound, as written and folded.</summary>
    public IReadOnlyList<string> CompoundFormSpellings => Spellings(v => v.CompoundForms.Keys);

    /// <summary>Every compound joiner, as written and folded.</summary>
    public IReadOnlyList<string> JoinerSpellings => Spellings(v => v.CompoundJoiner is { } joiner ? [joiner] : []);

    /// <summary>Every ordinal in every inflection, as written and folded.</summary>
    public IReadOnlyList<string> OrdinalSpellings => Spellings(v => v.Ordinals.Keys.SelectMany(stem => v.OrdinalEndings.Select(ending => stem + ending)));

    /// <summary>Every ordinal up to <paramref name="max"/> in every inflection, as written and folded ("ersten" … "vierten" of a quarter).</summary>
    public IReadOnlyList<string> OrdinalSpellingsUpTo(int max) =>
        Spellings(v => v.Ordinals.Where(p => p.Value <= max).SelectMany(p => v.OrdinalEndings.Select(ending => p.Key + ending)));

    /// <summary>Every counting article, as written and folded.</summary>
    public IReadOnlyList<string> ArticleSpellings => Spellings(v => v.CountingArticles);

    /// <summary>Every share word, as written and folded.</summary>
    public IReadOnlyList<string> FractionSpellings => Spellings(v => v.Fractions.Keys);

    /// <summary>Every scale word, as written and folded, abbreviations without their period.</summary>
    public IReadOnlyList<string> ScaleSpellings => Spellings(v => v.Scales.Keys.Select(word => word.TrimEnd('.')));

    /// <summary>Every percent word, as written and folded.</summary>
    public IReadOnlyList<string> PercentSpellings => Spellings(v => v.PercentWords);

    /// <summary>Every word between the bounds of a range, as written and folded.</summary>
    public IReadOnlyList<string> RangeWordSpellings => Spellings(v => v.RangeWords);

    /// <summary>Every word joining bounds after a range opener, as written and folded.</summary>
    public IReadOnlyList<string> RangeJoinerSpellings => Spellings(v => v.RangeJoiners);

    /// <summary>Every range opener, as written and folded.</summary>
    public IReadOnlyList<string> RangeOpenerSpellings => Spellings(v => v.RangeOpeners);

    /// <summary>Every currency name, as written and folded.</summary>
    public IReadOnlyList<string> CurrencySpellings => Spellings(v => v.Currencies.Keys);

    /// <summary>Every multiplier ending, as written and folded.</summary>
    public IReadOnlyList<string> SuffixSpellings => Spellings(v => v.MultiplierSuffixes);

    /// <summary>The word <paramref name="language"/> writes <paramref name="value"/> with (its first cardinal of that value, as spelled: "drei", "three"); null when it has none.</summary>
    public string? CardinalWord(int value, Language language) => Vocabularies.For(language).Cardinals.FirstOrDefault(cardinal => cardinal.Value == value).Key;

    /// <summary>A cheap first test on a folded word: most words cannot be a number or scale word by their first two letters.</summary>
    public bool MayBeNumberWord(ReadOnlySpan<char> word) =>
        word.Length <= 2 || word[0] is < 'a' or > 'z' || word[1] is < 'a' or > 'z' || _openings[((word[0] - 'a') * 26) + word[1] - 'a'];

    /// <summary>A cardinal ("achtzig"), a one-word compound ("zweiundachtzig", "dreihundert") or a multiple ("sechsmal", "zehnfach").</summary>
    public bool TryCardinal(ReadOnlySpan<char> word, out decimal value)
    {
        foreach (var suffix in _suffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal) && TryCompound(word[..^suffix.Length], out value))
            {
                return true;
            }
        }

        return TryCompound(word, out value);
    }

    /// <summary>An ordinal in any of its inflections ("zweiten", "second").</summary>
    public bool TryOrdinal(ReadOnlySpan<char> word, out decimal value) => _ordinals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value);

    /// <summary>A share word, as percent ("haelfte" 50).</summary>
    public bool TryFraction(ReadOnlySpan<char> word, out decimal percent) => _fractions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out percent);

    /// <summary>A share word that is a share only after a counting article ("a third"), as percent.</summary>
    public bool TryArticleFraction(ReadOnlySpan<char> word, out decimal percent) =>
        _articleFractions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out percent);

    /// <summary>An article that counts one before a scale or share ("eine", "a").</summary>
    public bool IsCountingArticle(ReadOnlySpan<char> word) => _articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A cardinal that multiplies the number before it ("hundert", "thousand").</summary>
    public bool IsMultiplier(ReadOnlySpan<char> word)
    {
        foreach (var (multiplier, _) in _multipliers)
        {
            if (word.SequenceEqual(multiplier))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A scale word read in <paramref name="language"/> first ("billion" is a trillion in German), then in the other
    /// languages. <paramref name="lowerCase"/> says the word was written in lower case: a language that capitalises
    /// nouns then leaves it to the others ("billion" in a German article is the English word).
    /// </summary>
    public Scale? ScaleOf(ReadOnlySpan<char> word, Language language, bool lowerCase = false)
    {
        Scale? other = null;
        foreach (var (scaleLanguage, scales, capitalises) in _scales)
        {
            if (scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var scale))
            {
                if (scaleLanguage == language && !(lowerCase && capitalises))
                {
                    return scale;
                }

                other ??= scale;
            }
        }

        return other;
    }

    /// <summary>A scale word in any language ("milliarden", "bn").</summary>
    public bool IsScaleWord(ReadOnlySpan<char> word)
    {
        foreach (var (_, scales, _) in _scales)
        {
            if (scales.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A scale word written abbreviated, with a period after it ("mrd" of "Mrd.").</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word) => _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A word for percent ("prozent").</summary>
    public bool IsPercentWord(ReadOnlySpan<char> word) => _percentWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A word between the bounds of a range ("bis", "to"), including the joiners ("und", "and").</summary>
    public bool IsRangeWord(ReadOnlySpan<char> word) => _rangeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A word joining bounds only after a range opener ("und").</summary>
    public bool IsRangeJoiner(ReadOnlySpan<char> word) => _rangeJoiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A word opening a range ("zwischen").</summary>
    public bool IsRangeOpener(ReadOnlySpan<char> word) => _rangeOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The decimal separator of digits written in <paramref name="language"/>.</summary>
    public char DecimalSeparator(Language language) => Vocabularies.For(language).DecimalSeparator;

    /// <summary>Every decimal separator of the registered languages, the fallback language's first.</summary>
    public IReadOnlyList<char> DecimalSeparators => [.. Vocabularies.Languages.OrderBy(l => l != Vocabularies.Fallback).Select(l => Vocabularies.For(l).DecimalSeparator).Distinct()];

    /// <summary>The ISO code of a currency name or sign ("dollars", "US-Dollar", "€", "usd").</summary>
    public string? CurrencyOf(ReadOnlySpan<char> word)
    {
        if (_currencies.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var named))
        {
            return named;
        }

        foreach (var (sign, code) in CurrencySigns.Signs)
        {
            if (word.Equals(sign, StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }

        foreach (var code in CurrencySigns.Codes)
        {
            if (word.Equals(code, StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }

        return null;
    }

    // "zweihundertachtzig", "einundzwanzig", "tausend": hundreds and thousands split the word, the joiner joins units and tens.
    private bool TryCompound(ReadOnlySpan<char> word, out decimal value)
    {
        value = 0;
        if (word.IsEmpty)
        {
            return false;
        }

        var cardinals = _cardinals.GetAlternateLookup<ReadOnlySpan<char>>();
        if (cardinals.TryGetValue(word, out value))
        {
            return true;
        }

        var forms = _compoundForms.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (multiplierWord, multiplier) in _multipliers)
        {
            var at = word.IndexOf(multiplierWord, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var left = word[..at];
            var right = word[(at + multiplierWord.Length)..];
            decimal leftValue = 1, rightValue = 0;
            if ((left.IsEmpty || forms.TryGetValue(left, out leftValue) || TryCompound(left, out leftValue)) && (right.IsEmpty || TryCompound(right, out rightValue)))
            {
                value = (leftValue * multiplier) + rightValue;
                return true;
            }

            return false;
        }

        foreach (var joiner in _joiners)
        {
            var at = word.IndexOf(joiner, StringComparison.Ordinal);
            if (at > 0 && (forms.TryGetValue(word[..at], out var unit) || cardinals.TryGetValue(word[..at], out unit)) && unit is >= 1 and < 10
                && cardinals.TryGetValue(word[(at + joiner.Length)..], out var tens) && tens % 10 == 0 && tens is >= 20 and <= 90)
            {
                value = unit + tens;
                return true;
            }
        }

        value = 0;
        return false;
    }

    private IReadOnlyList<string> Spellings(Func<INumberVocabulary, IEnumerable<string>> words) =>
        [.. Vocabularies.Languages.SelectMany(l => words(Vocabularies.For(l)))
            .SelectMany(word => new[] { word.ToLowerInvariant(), TextFolding.Fold(word) })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(word => word.Length)
            .ThenBy(word => word, StringComparer.Ordinal)];

    private static FrozenSet<string> Set(IEnumerable<string> words) => words.Select(TextFolding.Fold).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, T> Folded<T>(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var folded = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (word, value) in entries)
        {
            // The first language registered keeps a word both spell ("Dollar").
            folded.TryAdd(TextFolding.Fold(word), value);
        }

        return folded.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
