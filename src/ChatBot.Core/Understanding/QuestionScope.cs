using System.Globalization;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Reads which parts of a question ask and which only set context: words after "nicht"/"not"/"ohne" up to a
/// "sondern"/"but" are excluded, figures named before a "but"/"und 2025?" are what someone else said, and
/// "wann"/"whole year"/"insgesamt" say what kind of answer is wanted.
/// </summary>
internal static class QuestionScope
{
    private static readonly HashSet<string> Negations = ["nicht", "not", "ohne", "excluding", "except", "ausser", "statt", "anstatt", "instead", "without", "rather"];

    private static readonly HashSet<string> Contrasts = ["sondern", "but", "aber", "however", "jedoch", "doch"];

    private static readonly HashSet<string> WholeWords = ["ganze", "ganzes", "ganzen", "gesamte", "gesamten", "gesamtes", "whole", "full", "entire", "total", "insgesamt", "gesamt", "overall"];

    private static readonly HashSet<string> FollowUpWords = ["what", "how", "wie", "was", "wieviel"];

    /// <summary>Words that shape the question rather than name what it is about ("nicht", "but", "ganze").</summary>
    public static bool IsScopeWord(string token) => Negations.Contains(token) || Contrasts.Contains(token) || WholeWords.Contains(token) || token is "nur" or "only" or "just";

    /// <summary>Tokens inside a negated phrase ("not the 2025 budget", "nicht der US-Anteil").</summary>
    public static bool[] Negated(IReadOnlyList<string> tokens)
    {
        var negated = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            // "nicht nur der US-Anteil" asks for more than the share, so it is excluded like "nicht der US-Anteil".
            if (!Negations.Contains(tokens[i]))
            {
                continue;
            }

            // The phrase ends at "sondern"/"but" or where the wanted whole begins ("not the US share, the total").
            for (var k = i + 1; k < tokens.Count && k <= i + 5 && !Contrasts.Contains(tokens[k]) && !WholeWords.Contains(tokens[k]); k++)
            {
                negated[k] = true;
            }
        }

        return negated;
    }

    /// <summary>
    /// Amounts the question names ("the 600 billion", "$14bn"), not years. Those before a contrast ("… 600 billion –
    /// but what about this year?") are context: what someone said, not what is asked.
    /// </summary>
    public static (IReadOnlyList<decimal> All, IReadOnlyList<decimal> Context) Numbers(IReadOnlyList<string> tokens, bool[] consumed)
    {
        var contrast = ContrastIndex(tokens);
        var all = new List<decimal>();
        var context = new List<decimal>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (consumed[i] || Amount(tokens[i]) is not { } value)
            {
                continue;
            }

            if (!all.Contains(value))
            {
                all.Add(value);
            }

            if (i < contrast && !context.Contains(value))
            {
                context.Add(value);
            }
        }

        return (all, context);
    }

    public static bool AsksWhen(IReadOnlyList<string> tokens) =>
        tokens.Contains("wann") || tokens.Contains("when") || tokens.Contains("datum") || (tokens.Contains("which") && tokens.Contains("month")) || (tokens.Contains("welchem") && tokens.Contains("monat"));

    public static bool PrefersWhole(IReadOnlyList<string> tokens, bool[] negated) =>
        tokens.Where((t, i) => !negated[i]).Any(WholeWords.Contains);

    // The first "but"/"aber"/"sondern", or an "und"/"and" that opens a new question ("und 2025?", "and what about").
    private static int ContrastIndex(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Contrasts.Contains(tokens[i]))
            {
                return i;
            }

            if (tokens[i] is "und" or "and" && i + 1 < tokens.Count && (FollowUpWords.Contains(tokens[i + 1]) || IsYear(tokens[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }

    // "600", "14bn", "109mrd", "300b": a number, optionally with a scale suffix; never a year.
    private static decimal? Amount(string token)
    {
        var digits = token.TakeWhile(char.IsDigit).Count();
        if (digits == 0 || digits > 6 || IsYear(token))
        {
            return null;
        }

        var suffix = token[digits..];
        if (suffix.Length > 0 && suffix is not ("bn" or "b" or "mrd" or "mio" or "m" or "tn" or "t" or "k" or "billion" or "billionen" or "milliarden" or "million" or "millionen"))
        {
            return null;
        }

        return decimal.Parse(token[..digits], CultureInfo.InvariantCulture);
    }

    private static bool IsYear(string token) => token.Length == 4 && token.All(char.IsDigit) && token[0] is '1' or '2';
}
