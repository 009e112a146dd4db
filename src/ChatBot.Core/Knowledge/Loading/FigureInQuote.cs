using System.Globalization;
using System.Runtime.CompilerServices;
using ChatBot.Core.Text;

namespace ChatBot.Core.Knowledge.Loading;

/// <summary>
/// Checks that a fact's quote actually states the fact's figure, as digits ("80", "1.000", "39 %") or as a
/// German or English number word ("fünf Milliarden", "sechs- bis zehnmal", "die Hälfte").
/// </summary>
public static class FigureInQuote
{
    // Longest words first, so "dreißig" is not read as "drei".
    internal static readonly (string Word, decimal Value)[] NumberWords =
    [
        ("siebzehn", 17), ("achtzehn", 18), ("neunzehn", 19), ("dreissig", 30), ("sechzehn", 16), ("vierzehn", 14),
        ("fuenfzehn", 15), ("dreizehn", 13), ("zwanzig", 20), ("vierzig", 40), ("fuenfzig", 50), ("hundert", 100),
        ("tausend", 1000), ("haelfte", 50), ("sieben", 7), ("zwoelf", 12), ("sechs", 6), ("fuenf", 5), ("zwei", 2),
        ("drei", 3), ("vier", 4), ("acht", 8), ("neun", 9), ("zehn", 10), ("einer", 1), ("eine", 1), ("eins", 1),
        ("ein", 1), ("elf", 11), ("half", 50), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
        ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10),
    ];

    /// <summary>What is wrong with the fact's quote as evidence for its figure; empty when it is fine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<string> Problems(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.Amount is { } amount)
        {
            var missing = Unstated(fact.Quote, amount.IsRange ? [amount.Min, amount.Max] : [amount.Min]);
            return missing.Count == 0 ? [] : [.. missing.Select(value =>
                $"the quote does not contain the figure {value.ToString(CultureInfo.InvariantCulture)} (as digits or a number word)")];
        }

        return fact.Period.SortYear is { } year && Unstated(fact.Quote, [year]).Count > 0
            ? [$"the quote does not contain the year {year} of this dated fact"]
            : [];
    }

    /// <summary>
    /// What is wrong with the fact's statements as renderings of its figure: each language's statement must state
    /// the amount, as the quote does, or a user reads one figure next to a sentence saying another.
    /// </summary>
    public static IReadOnlyList<string> StatementProblems(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.Amount is not { } amount)
        {
            return [];
        }

        decimal[] figures = amount.IsRange ? [amount.Min, amount.Max] : [amount.Min];
        return [.. new[] { Language.English, Language.German }.SelectMany(language => Unstated(fact.Statement.In(language), figures).Select(value =>
            $"statement.{language.Code} does not state the figure {value.ToString(CultureInfo.InvariantCulture)} (as digits or a number word)"))];
    }

    /// <summary>Every number the text states, in digits (German or English separators) or words.</summary>
    public static IReadOnlySet<decimal> NumbersIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var numbers = new HashSet<decimal>();
        Span<decimal> readings = stackalloc decimal[2];
        var rest = text.AsSpan();
        while (TakeDigits(ref rest, out var digits))
        {
            foreach (var value in readings[..Interpret(digits, readings)])
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

    // Most quotes state their figures in digits, which are cheap to check; number words need the far costlier
    // folding and tokenizing, so they are only looked for when the digits miss a figure.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static IReadOnlyList<decimal> Unstated(string quote, decimal[] figures)
    {
        var unstated = figures.Length;
        Span<bool> stated = stackalloc bool[figures.Length];
        Span<decimal> readings = stackalloc decimal[2];
        var rest = quote.AsSpan();
        while (TakeDigits(ref rest, out var digits))
        {
            foreach (var value in readings[..Interpret(digits, readings)])
            {
                for (var i = 0; i < figures.Length; i++)
                {
                    if (!stated[i] && figures[i] == value)
                    {
                        stated[i] = true;
                        unstated--;
                    }
                }
            }
        }

        if (unstated == 0)
        {
            return [];
        }

        var numbers = NumbersIn(quote);
        return [.. figures.Where(figure => !numbers.Contains(figure))];
    }

    // Short words must stand alone or carry a multiplier suffix, or "ein" would be found in "Einsatz".
    private static bool IsNumberWord(string token, string word) =>
        token.StartsWith(word, StringComparison.Ordinal)
        && (token.Length == word.Length || word.Length >= 6 || token[word.Length..] is "mal" or "fach" or "fache" or "fachen");

    /// <summary>Takes the next run of digits with inner '.' or ',' separators ("1.000,5") from the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TakeDigits(ref ReadOnlySpan<char> text, out ReadOnlySpan<char> digits)
    {
        var start = 0;
        while (start < text.Length && !char.IsDigit(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length
            && (char.IsDigit(text[end]) || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsDigit(text[end + 1]))))
        {
            end++;
        }

        digits = text[start..end];
        text = text[end..];
        return end > start;
    }

    // "1.000" is a thousand in German and one in English; "1,5" the reverse. Both readings count as stated.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Interpret(ReadOnlySpan<char> digits, Span<decimal> readings)
    {
        if (!digits.ContainsAny('.', ','))
        {
            return decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out readings[0]) ? 1 : 0;
        }

        Span<char> buffer = digits.Length <= 64 ? stackalloc char[digits.Length] : new char[digits.Length];
        var count = 0;
        if (TryRead(digits, buffer, german: true, out readings[count]))
        {
            count++;
        }

        if (TryRead(digits, buffer, german: false, out readings[count]))
        {
            count++;
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryRead(ReadOnlySpan<char> digits, Span<char> buffer, bool german, out decimal value)
    {
        var length = 0;
        foreach (var c in digits)
        {
            if (c != (german ? '.' : ','))
            {
                buffer[length++] = german && c == ',' ? '.' : c;
            }
        }

        return decimal.TryParse(buffer[..length], NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }
}
