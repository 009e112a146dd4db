using System.Collections.Frozen;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Phrasing;

/// <summary>
/// Reads German and English number words in folded text: cardinals ("achtzig", "zweiundachtzig", "eighty"),
/// ordinals ("zweiten", "third"), fractions ("Hälfte", "two-thirds") and articles that count before a scale
/// ("eine Milliarde", "a billion"). Builds on the quote checker's word list so both read the same words the same way.
/// </summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, decimal> Cardinals = BuildCardinals();

    private static readonly FrozenDictionary<string, decimal> Ordinals = new Dictionary<string, decimal>
    {
        ["erste"] = 1, ["zweite"] = 2, ["dritte"] = 3, ["vierte"] = 4, ["fuenfte"] = 5, ["sechste"] = 6, ["siebte"] = 7,
        ["achte"] = 8, ["neunte"] = 9, ["zehnte"] = 10, ["elfte"] = 11, ["zwoelfte"] = 12,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Shares of a whole, as percent: "die Hälfte" is 50 like the quote checker reads it.
    private static readonly FrozenDictionary<string, decimal> Fractions = new Dictionary<string, decimal>
    {
        ["haelfte"] = 50, ["half"] = 50, ["drittel"] = 100m / 3, ["thirds"] = 100m / 3, ["viertel"] = 25, ["quarters"] = 25,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] Articles = ["a", "an", "one", "ein", "eine", "einer", "einen", "einem", "eines"];

    private static readonly string[] GermanOrdinalEndings = ["n", "r", "s", "m", ""];

    // Every word the scanner reads starts like one of these (compounds start with a unit, ten, "hundert" or "tausend").
    private static readonly bool[] Openings = BuildOpenings();

    /// <summary>A cheap first test: most words of a reply cannot be a number or scale word by their first two letters.</summary>
    public static bool MayBeNumberWord(ReadOnlySpan<char> word) =>
        word.Length <= 2 || word[0] is < 'a' or > 'z' || word[1] is < 'a' or > 'z' || Openings[((word[0] - 'a') * 26) + word[1] - 'a'];

    /// <summary>A cardinal number word, including German compounds and "-mal"/"-fach" forms.</summary>
    public static bool TryCardinal(ReadOnlySpan<char> word, out decimal value)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["mal", "fachen", "fache", "fach"])
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal) && TryCompound(word[..^suffix.Length], out value))
            {
                return true;
            }
        }

        return TryCompound(word, out value);
    }

    public static bool TryOrdinal(ReadOnlySpan<char> word, out decimal value)
    {
        var lookup = Ordinals.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var ending in GermanOrdinalEndings)
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal) && lookup.TryGetValue(word[..^ending.Length], out value))
            {
                return true;
            }
        }

        value = 0;
        return false;
    }

    public static bool TryFraction(ReadOnlySpan<char> word, out decimal percent) =>
        Fractions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out percent);

    /// <summary>Words that are a number only before a scale or fraction ("eine Milliarde"), else an article.</summary>
    public static bool IsArticle(ReadOnlySpan<char> word)
    {
        foreach (var article in Articles)
        {
            if (word.SequenceEqual(article))
            {
                return true;
            }
        }

        return false;
    }

    // "zweihundertachtzig", "einundzwanzig", "tausend": hundreds and thousands split the word, "und" joins units and tens.
    private static bool TryCompound(ReadOnlySpan<char> word, out decimal value)
    {
        value = 0;
        if (word.IsEmpty)
        {
            return false;
        }

        var lookup = Cardinals.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out value))
        {
            return true;
        }

        foreach (var (multiplierWord, multiplier) in (ReadOnlySpan<(string, decimal)>)[("tausend", 1000m), ("hundert", 100m)])
        {
            var at = word.IndexOf(multiplierWord, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var left = word[..at];
            var right = word[(at + multiplierWord.Length)..];
            decimal leftValue = 1, rightValue = 0;
            if ((left.IsEmpty || left.SequenceEqual("ein") || TryCompound(left, out leftValue)) && (right.IsEmpty || TryCompound(right, out rightValue)))
            {
                value = (leftValue * multiplier) + rightValue;
                return true;
            }

            return false;
        }

        var und = word.IndexOf("und", StringComparison.Ordinal);
        if (und > 0 && lookup.TryGetValue(word[..und] is "ein" ? "eins" : word[..und], out var unit) && unit < 10
            && lookup.TryGetValue(word[(und + 3)..], out var tens) && tens % 10 == 0 && tens is >= 20 and <= 90)
        {
            value = unit + tens;
            return true;
        }

        return false;
    }

    private static bool[] BuildOpenings()
    {
        var openings = new bool[26 * 26];
        foreach (var word in Cardinals.Keys.Concat(Ordinals.Keys).Concat(Fractions.Keys).Concat(Articles).Concat(NumberUnits.ScaleWords)
            .Concat(["hundert", "tausend", "third", "quarter"]))
        {
            if (word.Length >= 2 && word[0] is >= 'a' and <= 'z' && word[1] is >= 'a' and <= 'z')
            {
                openings[((word[0] - 'a') * 26) + word[1] - 'a'] = true;
            }
        }

        return openings;
    }

    private static FrozenDictionary<string, decimal> BuildCardinals()
    {
        var words = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (word, value) in FigureInQuote.NumberWords)
        {
            // The quote checker's fractions and articles are read with their context here.
            if (word is not ("haelfte" or "half" or "ein" or "eine" or "einer" or "one"))
            {
                words[word] = value;
            }
        }

        string[] german = ["null", "eins", "sechzig", "siebzig", "achtzig", "neunzig", "dutzend"];
        decimal[] germanValues = [0, 1, 60, 70, 80, 90, 12];
        string[] english =
        [
            "zero", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "dozen",
        ];
        decimal[] englishValues = [0, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90, 100, 1000, 12];
        for (var i = 0; i < german.Length; i++)
        {
            words[german[i]] = germanValues[i];
        }

        for (var i = 0; i < english.Length; i++)
        {
            words[english[i]] = englishValues[i];
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
