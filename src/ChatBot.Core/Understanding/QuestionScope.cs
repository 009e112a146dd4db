using System.Globalization;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Reads which parts of a question ask and which only set context: words after "nicht"/"not"/"ohne" up to a
/// "sondern"/"but" are excluded, figures named before a "but"/"und 2025?" are what someone else said, and
/// "wann"/"whole year"/"insgesamt" say what kind of answer is wanted.
/// </summary>
internal static class QuestionScope
{
    /// <summary>Words that shape the question rather than name what it is about ("nicht", "but", "ganze").</summary>
    public static bool IsScopeWord(string token, VocabularyIndex words) =>
        words.Negations.Contains(token) || words.Contrasts.Contains(token) || words.WholeWords.Contains(token) || words.Restrictions.Contains(token);

    /// <summary>Tokens inside a negated phrase ("not the 2025 budget", "nicht der US-Anteil").</summary>
    /// <param name="tokens">The question's folded tokens.</param>
    /// <param name="words">The vocabulary.</param>
    /// <param name="breaks">Clause marks before each token (<see cref="ClauseBreaks"/>); a negated phrase ends at one.</param>
    public static bool[] Negated(IReadOnlyList<string> tokens, VocabularyIndex words, bool[]? breaks = null)
    {
        var negated = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            // "nicht nur der US-Anteil" asks for more than the share, so it is excluded like "nicht der US-Anteil".
            if (!words.Negations.Contains(tokens[i]))
            {
                continue;
            }

            // The phrase ends at "sondern"/"but" or where the wanted whole begins ("not the US share, the total").
            // "nicht Meta, Amazon 2025?" ends it at the comma.
            for (var k = i + 1; k < tokens.Count && k <= i + 5 && !words.Contrasts.Contains(tokens[k]) && !words.WholeWords.Contains(tokens[k]) && !(breaks is not null && breaks[k]); k++)
            {
                negated[k] = true;
            }
        }

        return negated;
    }

    /// <summary>
    /// Amounts the question names ("the 600 billion", "$14bn"), not years. Those before a contrast ("… 600 billion –
    /// but what about this year?") are context: what someone said, not what is asked; so are negated ones ("not the
    /// 600 billion one").
    /// </summary>
    public static (IReadOnlyList<decimal> All, IReadOnlyList<decimal> Context) Numbers(IReadOnlyList<string> tokens, bool[] consumed, VocabularyIndex words, bool[]? negated = null)
    {
        var contrast = ContrastIndex(tokens, words);
        var all = new List<decimal>();
        var context = new List<decimal>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // Stryker disable once all : every mutant of this condition leaves "value" unassigned, cannot compile and would take every mutant of Numbers with it
            if (consumed[i] || Amount(tokens[i], words) is not { } value)
            {
                continue;
            }

            if (!all.Contains(value))
            {
                all.Add(value);
            }

            if ((i < contrast || (negated is not null && negated[i])) && !context.Contains(value))
            {
                context.Add(value);
            }
        }

        return (all, context);
    }

    public static bool AsksWhen(IReadOnlyList<string> tokens, VocabularyIndex words)
    {
        foreach (var token in tokens)
        {
            if (words.WhenWords.Contains(token))
            {
                return true;
            }
        }

        return words.WhenWordSets.Any(set => set.All(tokens.Contains));
    }

    public static bool PrefersWhole(IReadOnlyList<string> tokens, bool[] negated, VocabularyIndex words) =>
        tokens.Where((t, i) => !negated[i]).Any(words.WholeWords.Contains);

    // The first "but"/"aber"/"sondern", or an "und"/"and" that opens a new question ("und 2025?", "and what about").
    private static int ContrastIndex(IReadOnlyList<string> tokens, VocabularyIndex words)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (words.Contrasts.Contains(tokens[i]))
            {
                return i;
            }

            if (words.AndWords.Contains(tokens[i]) && i + 1 < tokens.Count && (words.FollowUpWords.Contains(tokens[i + 1]) || IsYear(tokens[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }

    // "600", "14bn", "109mrd", "300b": a number, optionally with a scale suffix; never a year.
    private static decimal? Amount(string token, VocabularyIndex words)
    {
        var digits = token.TakeWhile(char.IsDigit).Count();
        if (digits == 0 || digits > 6 || IsYear(token))
        {
            return null;
        }

        var suffix = token[digits..];
        if (suffix.Length > 0 && !words.ScaleSuffixes.Contains(suffix))
        {
            return null;
        }

        return decimal.Parse(token[..digits], CultureInfo.InvariantCulture);
    }

    private static bool IsYear(string token) => token.Length == 4 && token.All(char.IsDigit) && token[0] is '1' or '2';
}
