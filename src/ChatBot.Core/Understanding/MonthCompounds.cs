using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Understanding;

/// <summary>
/// German joins a month to a noun ("Septemberdeal", "Junideal"); the parser reads such a word as the month and
/// the noun, so "Oracles Septemberdeal" is Oracle's deal in September and no unknown company "Septemberdeal".
/// Only a word made of a month and a word the parser knows is split, so names ("Mayor", "Juniper") stay whole.
/// </summary>
internal static class MonthCompounds
{
    private const int MinimumRest = 4;

    /// <summary>The tokens with each such compound split in two, and the clause marks moved along with them.</summary>
    /// <param name="tokens">The question's folded tokens.</param>
    /// <param name="breaks">Clause marks before each token (<see cref="ClauseBreaks"/>).</param>
    /// <param name="words">The vocabulary, for the months.</param>
    /// <param name="isKnownWord">Whether a word is one the parser understands (ordinary vocabulary or a topic term).</param>
    public static (IReadOnlyList<string> Tokens, bool[] Breaks) Split(IReadOnlyList<string> tokens, bool[] breaks, VocabularyIndex words, Func<string, bool> isKnownWord)
    {
        List<string>? split = null;
        List<bool>? splitBreaks = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var parts = Parts(tokens[i], words, isKnownWord);
            if (parts is null && split is null)
            {
                continue;
            }

            if (split is null)
            {
                split = [.. tokens.Take(i)];
                splitBreaks = [.. breaks.Take(i)];
            }

            if (parts is { } p)
            {
                split.Add(p.Month);
                split.Add(p.Noun);
                splitBreaks!.Add(breaks[i]);
                splitBreaks.Add(false);
            }
            else
            {
                split.Add(tokens[i]);
                splitBreaks!.Add(breaks[i]);
            }
        }

        return split is null ? (tokens, breaks) : (split, [.. splitBreaks!]);
    }

    private static (string Month, string Noun)? Parts(string token, VocabularyIndex words, Func<string, bool> isKnownWord)
    {
        if (!token.All(char.IsLetter) || words.Months.ContainsKey(token) || isKnownWord(token))
        {
            return null;
        }

        // The longest month name first: "Junideal" is "juni" + "deal", not "jun" + "ideal".
        foreach (var month in words.Months.Keys.Where(m => m.Length >= 3 && token.Length >= m.Length + MinimumRest && token.StartsWith(m, StringComparison.Ordinal)).OrderByDescending(m => m.Length))
        {
            var rest = token[month.Length..];
            if (isKnownWord(rest))
            {
                return (month, rest);
            }
        }

        return null;
    }
}
