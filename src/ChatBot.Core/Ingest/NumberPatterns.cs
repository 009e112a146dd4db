using System.Text.RegularExpressions;
using ChatBot.Core.Languages.Numbers;
using ChatBot.Core.Text;

namespace ChatBot.Core.Ingest;

/// <summary>
/// The regular-expression alternations the ingest scanners match numbers with, generated from the languages' number
/// words (<see cref="NumberWordReader"/>) in both spellings ("fünf", "fuenf"), each word before the shorter words it
/// begins with so "achtzehn" wins over "acht".
/// </summary>
internal static class NumberPatterns
{
    private static NumberWordReader Words => NumberWordReader.Default;

    /// <summary>A number word: a counting article ("ein", "a") or cardinals joined into one word ("zweiundachtzig"); read by <see cref="Value"/>.</summary>
    public static string Number { get; } = BuildNumber();

    /// <summary>A scale word; an abbreviation may carry its period ("Mrd.").</summary>
    public static string Scale { get; } = string.Join('|', Words.ScaleSpellings.Select(word => Regex.Escape(word) + (Words.IsAbbreviation(word) ? @"\.?" : ""))
        .Concat(ScaleLetters.Letters.Keys));

    /// <summary>
    /// A currency name, code or sign after an amount. A sign right before digits belongs to the amount after it: in
    /// "a €7 billion deal" the article is no amount in euros, "€7 billion" is.
    /// </summary>
    public static string CurrencyAfter { get; } =
        $@"{Alternation(Words.CurrencySpellings.Concat(CurrencySigns.Codes))}|(?:{Alternation(CurrencySigns.Signs.Keys)})(?!\d)";

    /// <summary>A currency sign before an amount ("$", "US$", "€").</summary>
    public static string SignBefore { get; } = Alternation(CurrencySigns.Signs.Keys);

    /// <summary>An ordinal ("zweiten", "second").</summary>
    public static string Ordinal { get; } = Alternation(Words.OrdinalSpellings);

    /// <summary>An ordinal of a quarter ("ersten" … "vierten", "first" … "fourth").</summary>
    public static string QuarterOrdinal { get; } = Alternation(Words.OrdinalSpellingsUpTo(4));

    /// <summary>An ordinal of a half ("ersten", "zweiten", "first", "second").</summary>
    public static string HalfOrdinal { get; } = Alternation(Words.OrdinalSpellingsUpTo(2));

    /// <summary>A share word ("Hälfte", "thirds").</summary>
    public static string Fraction { get; } = Alternation(Words.FractionSpellings);

    /// <summary>A percent word ("Prozent", "per cent").</summary>
    public static string Percent { get; } = Alternation(Words.PercentSpellings);

    /// <summary>A multiplier ending or word after a number ("fach", "mal").</summary>
    public static string Multiplier { get; } = Alternation(Words.SuffixSpellings);

    /// <summary>A word between range bounds ("bis", "to").</summary>
    public static string RangeWord { get; } = Alternation(Words.RangeWordSpellings);

    /// <summary>A word joining range bounds after an opener ("und", "and").</summary>
    public static string RangeJoiner { get; } = Alternation(Words.RangeJoinerSpellings);

    /// <summary>A word opening a range ("zwischen", "between").</summary>
    public static string RangeOpener { get; } = Alternation(Words.RangeOpenerSpellings);

    /// <summary>The value of a number word the <see cref="Number"/> pattern matched; null when its parts make no number ("zweiundzwölf").</summary>
    public static decimal? Value(string word)
    {
        var folded = TextFolding.Fold(word);
        return Words.TryCardinal(folded, out var value) ? value : Words.IsCountingArticle(folded) ? 1 : null;
    }

    // Parts that make one-word compounds ("zwei"+"hundert", "ein"+"und"+"zwanzig") repeat; the reader then checks the whole.
    private static string BuildNumber()
    {
        var parts = Alternation(Words.CardinalSpellings.Concat(Words.CompoundFormSpellings));
        var articles = Alternation(Words.ArticleSpellings);
        if (Words.JoinerSpellings.Count == 0)
        {
            return $"(?:{parts})+|{articles}";
        }

        var joiners = Alternation(Words.JoinerSpellings);
        return $"(?:(?:{parts})(?:{joiners})?)*(?:{parts})|{articles}";
    }

    // Reverse alphabetical order puts every word before the shorter words it begins with ("achtzehn" before "acht",
    // "einem" before "ein"), all that longest-first order guaranteed, and keeps words with a common beginning together,
    // which the regex engine merges into one branch per beginning instead of trying every word in turn at every word of
    // a sentence. Spaces are left out of the key, as "\s?" may match none.
    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(word => word.Replace(" ", "", StringComparison.Ordinal), StringComparer.OrdinalIgnoreCase)
            .ThenByDescending(word => word.Length)
            .Select(word => Regex.Escape(word).Replace(@"\ ", @"\s?", StringComparison.Ordinal)));
}
