using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Knowledge.Loading;

/// <summary>
/// Checks that a fact's quote actually states the fact's figure, as digits ("80", "1.000", "39 %") or as a
/// German or English number word ("fünf Milliarden", "sechs- bis zehnmal", "die Hälfte").
/// </summary>
public static partial class FigureInQuote
{
    // Longest words first, so "dreißig" is not read as "drei".
    private static readonly (string Word, decimal Value)[] NumberWords =
    [
        ("siebzehn", 17), ("achtzehn", 18), ("neunzehn", 19), ("dreissig", 30), ("sechzehn", 16), ("vierzehn", 14),
        ("fuenfzehn", 15), ("dreizehn", 13), ("zwanzig", 20), ("vierzig", 40), ("fuenfzig", 50), ("hundert", 100),
        ("tausend", 1000), ("haelfte", 50), ("sieben", 7), ("zwoelf", 12), ("sechs", 6), ("fuenf", 5), ("zwei", 2),
        ("drei", 3), ("vier", 4), ("acht", 8), ("neun", 9), ("zehn", 10), ("einer", 1), ("eine", 1), ("eins", 1),
        ("ein", 1), ("elf", 11), ("half", 50), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
        ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10),
    ];

    /// <summary>What is wrong with the fact's quote as evidence for its figure; empty when it is fine.</summary>
    public static IReadOnlyList<string> Problems(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var numbers = NumbersIn(fact.Quote);
        var problems = new List<string>();
        if (fact.Amount is { } amount)
        {
            foreach (var value in amount.IsRange ? new[] { amount.Min, amount.Max } : [amount.Min])
            {
                if (!numbers.Contains(value))
                {
                    problems.Add($"the quote does not contain the figure {value.ToString(CultureInfo.InvariantCulture)} (as digits or a number word)");
                }
            }
        }
        else if (fact.Period.SortYear is { } year && !numbers.Contains(year))
        {
            problems.Add($"the quote does not contain the year {year} of this dated fact");
        }

        return problems;
    }

    /// <summary>Every number the text states, in digits (German or English separators) or words.</summary>
    public static IReadOnlySet<decimal> NumbersIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var numbers = new HashSet<decimal>();
        foreach (Match match in DigitsPattern().Matches(text))
        {
            foreach (var value in Interpretations(match.Value))
            {
                numbers.Add(value);
            }
        }

        foreach (var token in Tokenizer.Tokenize(TextFolding.Fold(text)))
        {
            foreach (var (word, value) in NumberWords)
            {
                if (IsNumberWord(token, word))
                {
                    numbers.Add(value);
                    break;
                }
            }
        }

        return numbers;
    }

    // Short words must stand alone or carry a multiplier suffix, or "ein" would be found in "Einsatz".
    private static bool IsNumberWord(string token, string word) =>
        token.StartsWith(word, StringComparison.Ordinal)
        && (token.Length == word.Length || word.Length >= 6 || token[word.Length..] is "mal" or "fach" or "fache" or "fachen");

    // "1.000" is a thousand in German and one in English; "1,5" the reverse. Both readings count as stated.
    private static IEnumerable<decimal> Interpretations(string digits)
    {
        var german = digits.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        var english = digits.Replace(",", string.Empty, StringComparison.Ordinal);
        foreach (var candidate in new[] { german, english })
        {
            if (decimal.TryParse(candidate, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                yield return value;
            }
        }
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex DigitsPattern();
}
