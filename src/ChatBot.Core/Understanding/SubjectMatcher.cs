using ChatBot.Core.Knowledge;
using ChatBot.Core.Text;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Finds subjects in a question: longest alias phrase first, then genitive forms ("Metas", "Oracle's"),
/// then single words one or two typos away from an alias ("Mircosoft").
/// </summary>
internal static class SubjectMatcher
{
    // negated: tokens inside a negated phrase ("not just Brookfield's share"); a subject named only there is
    // context, and is dropped when another subject is asked about.
    // excluded: receives the subjects named only inside a negated phrase ("wer investiert am meisten, außer Amazon?").
    // spans: receives where each name stands, in question order.
    public static IReadOnlyList<Subject> Match(IReadOnlyList<string> tokens, AliasIndex aliases, bool[] consumed, VocabularyIndex words, bool[]? negated = null, List<Subject>? excluded = null, List<SubjectSpan>? spans = null)
    {
        // Longest phrases win wherever they start: "die vier großen US-Techkonzerne" is the big four, not
        // "die vier großen" plus "Techkonzerne".
        // "the four biggest tech firms": the words aliases use in their place ("largest", "companies") name the group.
        IReadOnlyList<string>? variants = tokens.Any(words.NameWordVariants.ContainsKey) ? [.. tokens.Select(t => words.NameWordVariants.GetValueOrDefault(t, t))] : null;
        var candidates = new List<(int Start, int Length, Subject Subject)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!consumed[i] && (MatchPhraseAt(tokens, i, aliases) ?? MatchWithOtherArticle(tokens, i, aliases, words)
                ?? (variants is null ? null : MatchPhraseAt(variants, i, aliases))) is { } m)
            {
                candidates.Add((i, m.Length, m.Subject));
            }
        }

        var matched = new List<(int Start, Subject Subject)>();
        foreach (var (start, length, subject) in candidates.OrderByDescending(c => c.Length).ThenBy(c => c.Start))
        {
            if (!consumed.AsSpan(start, length).Contains(true))
            {
                consumed.AsSpan(start, length).Fill(true);
                matched.Add((start, subject));
                spans?.Add(new SubjectSpan(start, length, subject));
            }
        }

        // Exact names in question order, then typo matches.
        var ordered = matched.OrderBy(m => m.Start).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!consumed[i] && FuzzyMatch(tokens[i], aliases, words) is { } subject)
            {
                ordered.Add((i, subject));
                spans?.Add(new SubjectSpan(i, 1, subject));
                consumed[i] = true;
            }
        }

        spans?.Sort((a, b) => a.Start.CompareTo(b.Start));
        var asked = negated is null ? ordered : ordered.Where(m => !negated[m.Start]).ToList();
        if (excluded is not null && negated is not null)
        {
            excluded.AddRange(ordered.Where(m => negated[m.Start]).Select(m => m.Subject).Distinct().Where(s => !asked.Any(a => a.Subject == s)));
        }

        var found = new List<Subject>();
        foreach (var (_, subject) in asked.Count > 0 ? asked : ordered)
        {
            Add(found, subject);
        }

        // "weltweit" names the market as a whole only when nobody more specific is named ("Microsoft weltweit").
        return found.Count > 1 && found.Any(s => s.Kind != SubjectKind.Market) ? [.. found.Where(s => s.Kind != SubjectKind.Market)] : found;
    }

    private static (Subject Subject, int Length)? MatchPhraseAt(IReadOnlyList<string> tokens, int start, AliasIndex aliases)
    {
        var first = tokens[start];
        var maxLength = Math.Min(aliases.LongestPhrase, tokens.Count - start);
        if (!aliases.StartsAlias(first))
        {
            // Only a one-word genitive ("Metas") can still match here.
            maxLength = Genitive(first) is { } stem && aliases.StartsAlias(stem) ? 1 : 0;
        }

        // A phrase of n words can only be an alias (or its genitive) if its first n - 1 words begin a longer alias.
        var reach = 1;
        for (var prefix = first; reach < maxLength && aliases.StartsLongerAlias(prefix); reach++)
        {
            prefix = $"{prefix} {tokens[start + reach]}";
        }

        for (var length = Math.Min(maxLength, reach); length >= 1; length--)
        {
            var phrase = length == 1 ? first : string.Join(' ', tokens.Skip(start).Take(length));
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

    // An alias that begins with an article ("die vier großen") is the same name after another article or none:
    // "Gesamtsumme der vier großen", "vier großen Techkonzerne".
    private static (Subject Subject, int Length)? MatchWithOtherArticle(IReadOnlyList<string> tokens, int start, AliasIndex aliases, VocabularyIndex words)
    {
        var startsWithArticle = words.Articles.Contains(tokens[start]);
        var rest = tokens.Skip(startsWithArticle ? start + 1 : start).Take(aliases.LongestPhrase).ToList();
        if (rest.Count == 0)
        {
            return null;
        }

        foreach (var article in words.Articles)
        {
            if (article == tokens[start] || !aliases.StartsAlias(article))
            {
                continue;
            }

            if (MatchPhraseAt([article, .. rest], 0, aliases) is { Length: > 1 } m)
            {
                return (m.Subject, startsWithArticle ? m.Length : m.Length - 1);
            }
        }

        return null;
    }

    // "metas" → "meta", "frankreichs" → "frankreich"; "oracle's" is already split into "oracle" + "s".
    private static string? Genitive(string phrase) =>
        phrase.Length > 4 && phrase.EndsWith('s') ? phrase[..^1] : null;

    private static Subject? FuzzyMatch(string token, AliasIndex aliases, VocabularyIndex words)
    {
        if (token.Length < 5 || words.CommonWords.Contains(token) || token.Any(char.IsDigit))
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
