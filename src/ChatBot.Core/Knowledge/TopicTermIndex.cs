using System.Collections.Frozen;
using ChatBot.Core.Text;

namespace ChatBot.Core.Knowledge;

/// <summary>
/// Topic terms as folded token sequences. A single-word term is a stem: it matches any token that starts with
/// it, so "rechenzentr" finds "Rechenzentren" and "KI-Rechenzentrumsausbau".
/// </summary>
public sealed class TopicTermIndex
{
    // Questions reuse a small vocabulary; remembering which topics a word marks keeps matching cheap.
    // Bounded, so arbitrary input cannot grow it without limit.
    private const int MaxRememberedWords = 20_000;

    // Multi-word terms by their first word, in the order of the term list (longest first): a question's words
    // are looked up rather than every term tried at every word.
    private readonly FrozenDictionary<string, (string[] Tokens, Topic Topic)[]> _phrasesByFirstWord;
    private readonly IReadOnlyList<(string Stem, Topic Topic)> _stems;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Topic[]> _topicsByWord = new(StringComparer.Ordinal);

    private TopicTermIndex(IReadOnlyList<(string[] Tokens, Topic Topic)> terms)
    {
        _phrasesByFirstWord = terms.Where(t => t.Tokens.Length > 1)
            .GroupBy(t => t.Tokens[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)
            .ToFrozenDictionary(StringComparer.Ordinal);
        _stems = [.. terms.Where(t => t.Tokens.Length == 1).Select(t => (t.Tokens[0], t.Topic))];
    }

    public static TopicTermIndex Build(IEnumerable<Topic> topics)
    {
        var terms = topics
            .SelectMany(t => t.Terms.Concat(t.Name.Languages.Select(t.Name.In)).Select(term => (Tokens: Tokenizer.Tokenize(TextFolding.Fold(term)).ToArray(), Topic: t)))
            .Where(p => p.Tokens.Length > 0)
            .OrderByDescending(p => p.Tokens.Length)
            .ToList();
        return new TopicTermIndex(terms);
    }

    /// <summary>Topics mentioned in the tokens, with the positions of the tokens that mentioned them.</summary>
    public IReadOnlyList<(Topic Topic, int Start, int Length)> Match(IReadOnlyList<string> tokens)
    {
        var found = new List<(Topic, int, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_phrasesByFirstWord.TryGetValue(tokens[i], out var phrases))
            {
                foreach (var (termTokens, topic) in phrases)
                {
                    if (Matches(tokens, i, termTokens))
                    {
                        found.Add((topic, i, termTokens.Length));
                    }
                }
            }

            foreach (var topic in TopicsOf(tokens[i]))
            {
                found.Add((topic, i, 1));
            }
        }

        return found;
    }

    private Topic[] TopicsOf(string word)
    {
        if (_topicsByWord.TryGetValue(word, out var known))
        {
            return known;
        }

        Topic[] topics = [.. _stems.Where(s => IsStemOf(s.Stem, word)).Select(s => s.Topic).Distinct()];
        if (_topicsByWord.Count < MaxRememberedWords)
        {
            _topicsByWord.TryAdd(word, topics);
        }

        return topics;
    }

    private static bool Matches(IReadOnlyList<string> tokens, int start, string[] term)
    {
        if (start + term.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < term.Length; k++)
        {
            var isLast = k == term.Length - 1;
            if (isLast ? !tokens[start + k].StartsWith(term[k], StringComparison.Ordinal) : tokens[start + k] != term[k])
            {
                return false;
            }
        }

        return true;
    }

    // Short stems ("us", "ki") must match whole tokens, or "us" would find "business"; longer stems also
    // match inside compounds ("kirechenzentren").
    private static bool IsStemOf(string stem, string token) => stem.Length <= 3
        ? token == stem
        : token.StartsWith(stem, StringComparison.Ordinal) || (stem.Length >= 6 && token.Contains(stem, StringComparison.Ordinal));
}
