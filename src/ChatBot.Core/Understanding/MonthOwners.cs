using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Months named without a year right before a topic noun and said of one of several subjects: "Stargate vs
/// Oracle's June deal" asks for Oracle's June figure. Without a year a month is no period of the whole question
/// ("may" is also a verb), so it only picks among that subject's figures.
/// </summary>
internal static class MonthOwners
{
    /// <summary>Subject id to the month its figure is named by.</summary>
    public static IReadOnlyDictionary<string, int> Find(
        IReadOnlyList<string> tokens,
        IReadOnlyList<SubjectSpan> subjects,
        IReadOnlyList<(Topic Topic, int Start, int Length)> topics,
        bool[] consumed,
        AliasIndex aliases,
        VocabularyIndex words)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        if (subjects.Select(s => s.Subject).Distinct().Count() < 2)
        {
            return owners;
        }

        foreach (var (_, start, length) in topics)
        {
            var month = start - 1;
            if (month >= 1 && !consumed[month] && words.Months.TryGetValue(tokens[month], out var number) && AfterDeterminer(tokens, subjects, month, aliases, words)
                && TopicOwners.OwnerOf(tokens, subjects, month, start + length, aliases, words) is { } owner)
            {
                owners.TryAdd(owner.Id, number);
            }
        }

        return owners;
    }

    // "Oracle's June deal", "Oracles Juni-Deal", "the June deal": a month between a determiner and its noun, not
    // a verb after a name ("Oracle may deal with …").
    private static bool AfterDeterminer(IReadOnlyList<string> tokens, IReadOnlyList<SubjectSpan> subjects, int month, AliasIndex aliases, VocabularyIndex words) =>
        words.PossessiveMarkers.Contains(tokens[month - 1]) || words.Articles.Contains(tokens[month - 1])
        || subjects.Any(s => s.End == month && TopicOwners.IsGenitive(tokens, s, aliases));
}
