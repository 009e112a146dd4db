using System.Globalization;
using System.Runtime.CompilerServices;
using ChatBot.Core.Languages.Numbers;
using ChatBot.Core.Text;

namespace ChatBot.Core.Knowledge.Loading;

/// <summary>
/// Checks that a fact's quote actually states the fact's figure, as digits ("80", "1.000", "39 %") or as a
/// German or English number word ("fünf Milliarden", "sechs- bis zehnmal", "die Hälfte").
/// </summary>
public static class FigureInQuote
{
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

        var words = NumberWordReader.Default;
        var tokens = Tokenizer.Tokenize(TextFolding.Fold(text));
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (words.TryCardinal(token, out var value) || words.TryFraction(token, out value))
            {
                numbers.Add(value);
            }
            else if (words.IsCountingArticle(token) && i + 1 < tokens.Count && IsCounted(words, tokens[i + 1]))
            {
                // An article is evidence for one only before what it counts ("eine Milliarde", "a billion", "ein Drittel"):
                // "eine Investition" states no figure.
                numbers.Add(1);
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

    private static bool IsCounted(NumberWordReader words, string next) =>
        words.IsScaleWord(next) || words.IsMultiplier(next) || words.TryFraction(next, out _) || words.TryArticleFraction(next, out _);

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
        foreach (var separator in (ReadOnlySpan<char>)[',', '.'])
        {
            if (NumberDigits.TryRead(digits, buffer, separator, out readings[count]))
            {
                count++;
            }
        }

        return count;
    }
}
