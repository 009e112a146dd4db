using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Which topics a question naming several subjects says of one of them only: "Stargate vs Oracle's big deal"
/// asks about Oracle's deal and Stargate's figure, not about Stargate's deals. A topic before all subjects or after
/// the last one without a possessive ("Microsoft und Amazon bei Rechenzentren") is said of all of them.
/// </summary>
internal static class TopicOwners
{
    // Words between a possessive and its topic noun ("Oracle's big deal", "Oracles neuester Deal").
    private const int MaxModifiers = 2;

    /// <summary>Topic id to the id of the one subject the topic is said of.</summary>
    public static IReadOnlyDictionary<string, string> Find(
        IReadOnlyList<string> tokens,
        IReadOnlyList<SubjectSpan> subjects,
        IReadOnlyList<(Topic Topic, int Start, int Length)> topics,
        AliasIndex aliases,
        VocabularyIndex words)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        if (subjects.Select(s => s.Subject).Distinct().Count() < 2)
        {
            return owners;
        }

        var contested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (topic, start, length) in topics)
        {
            var owner = OwnerOf(tokens, subjects, start, start + length, aliases, words);
            if (owner is null || (owners.TryGetValue(topic.Id, out var earlier) && earlier != owner.Id))
            {
                contested.Add(topic.Id);
            }
            else
            {
                owners[topic.Id] = owner.Id;
            }
        }

        foreach (var id in contested)
        {
            owners.Remove(id);
        }

        return owners;
    }

    /// <summary>The one subject the words from <paramref name="start"/> to <paramref name="end"/> are said of; null when all.</summary>
    internal static Subject? OwnerOf(IReadOnlyList<string> tokens, IReadOnlyList<SubjectSpan> subjects, int start, int end, AliasIndex aliases, VocabularyIndex words)
    {
        var before = subjects.LastOrDefault(s => s.End <= start);
        var after = subjects.FirstOrDefault(s => s.Start >= end);
        if (before.Subject is null)
        {
            return null;
        }

        if (after.Subject is not null)
        {
            // Between two names the topic belongs to the first ("Oracle's deal or Microsoft's budget") unless an
            // owner word ties it to the next ("Stargate oder der Deal von Oracle").
            var gap = Range(tokens, end, after.Start);
            return gap.Count > 0 && gap.All(t => words.OwnerMarkers.Contains(t) || words.Articles.Contains(t)) ? after.Subject : before.Subject;
        }

        // After the last name only a possessive ties the topic to it ("Stargate vs Oracle's big deal").
        var modifiersFrom = before.End < tokens.Count && words.PossessiveMarkers.Contains(tokens[before.End]) ? before.End + 1
            : IsGenitive(tokens, before, aliases) ? before.End : -1;
        if (modifiersFrom < 0)
        {
            return null;
        }

        var modifiers = Range(tokens, modifiersFrom, start);
        return modifiers.Count <= MaxModifiers && !modifiers.Any(t => words.AndWords.Contains(t) || words.CompareCues.Contains(t) || words.BaseMarkers.Contains(t))
            ? before.Subject
            : null;
    }

    // "Oracles" matched Oracle through its genitive: the name as written is no alias.
    internal static bool IsGenitive(IReadOnlyList<string> tokens, SubjectSpan span, AliasIndex aliases)
    {
        var written = string.Join(' ', Range(tokens, span.Start, span.End));
        return written.EndsWith('s') && aliases.Find(written) is null;
    }

    private static List<string> Range(IReadOnlyList<string> tokens, int from, int to) =>
        [.. tokens.Skip(from).Take(Math.Max(0, to - from))];
}
