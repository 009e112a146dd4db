using ChatBot.Core.Knowledge;
using ChatBot.Core.Text;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Finds subjects in a question: longest alias phrase first, then genitive forms ("Metas", "Oracle's"),
/// then single words one or two typos away from an alias ("Mircosoft").
/// </summary>
internal static class SubjectMatcher
{
    public static IReadOnlyList<Subject> Match(IReadOnlyList<string> tokens, AliasIndex aliases, bool[] consumed)
    {
        var found = new List<Subject>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (consumed[i])
            {
                continue;
            }

            var match = MatchPhraseAt(tokens, i, aliases);
            if (match is { } m)
            {
                Add(found, m.Subject);
                Array.Fill(consumed, true, i, m.Length);
                i += m.Length - 1;
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!consumed[i] && FuzzyMatch(tokens[i], aliases) is { } subject)
            {
                Add(found, subject);
                consumed[i] = true;
            }
        }

        return found;
    }

    private static (Subject Subject, int Length)? MatchPhraseAt(IReadOnlyList<string> tokens, int start, AliasIndex aliases)
    {
        for (var length = Math.Min(aliases.LongestPhrase, tokens.Count - start); length >= 1; length--)
        {
            var phrase = string.Join(' ', tokens.Skip(start).Take(length));
            if (aliases.Find(phrase) is { } subject)
            {
                return (subject, length);
            }

            if (Genitive(phrase) is { } stem && aliases.Find(stem) is { } owner)
            {
                return (owner, length);
            }
        }

        return null;
    }

    // "metas" → "meta", "frankreichs" → "frankreich"; "oracle's" is already split into "oracle" + "s".
    private static string? Genitive(string phrase) =>
        phrase.Length > 4 && phrase.EndsWith('s') ? phrase[..^1] : null;

    private static Subject? FuzzyMatch(string token, AliasIndex aliases)
    {
        if (token.Length < 5 || Lexicon.CommonWords.Contains(token) || token.Any(char.IsDigit))
        {
            return null;
        }

        var limit = token.Length >= 9 ? 2 : 1;
        Subject? best = null;
        var bestDistance = limit + 1;
        foreach (var (alias, subject) in aliases.SingleWords)
        {
            // A typo rarely hits the first letter; requiring it (or a swap of the first two) skips most aliases.
            if (alias.Length < 5 || !(alias[0] == token[0] || (alias[0] == token[1] && alias[1] == token[0])))
            {
                continue;
            }

            var distance = Math.Min(EditDistance.Compute(token, alias, limit), Genitive(token) is { } stem ? EditDistance.Compute(stem, alias, limit) : limit + 1);
            if (distance < bestDistance)
            {
                best = subject;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static void Add(List<Subject> found, Subject subject)
    {
        if (!found.Contains(subject))
        {
            found.Add(subject);
        }
    }
}
