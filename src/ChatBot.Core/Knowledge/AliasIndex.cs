using System.Collections.Frozen;
using ChatBot.Core.Text;

namespace ChatBot.Core.Knowledge;

/// <summary>
/// Maps folded token sequences of subject names and aliases to subjects, for matching inside questions.
/// </summary>
public sealed class AliasIndex
{
    private readonly FrozenDictionary<string, Subject> _byPhrase;

    private readonly FrozenSet<string> _firstWords;

    private readonly FrozenSet<string> _properPrefixes;

    private AliasIndex(Dictionary<string, Subject> byPhrase, int longestPhrase, IReadOnlyList<KeyValuePair<string, Subject>> singleWords)
    {
        _byPhrase = byPhrase.ToFrozenDictionary(StringComparer.Ordinal);
        _firstWords = byPhrase.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        _properPrefixes = byPhrase.Keys.Select(k => k.Split(' ')).SelectMany(t => Enumerable.Range(1, t.Length - 1).Select(n => string.Join(' ', t.Take(n))))
            .ToFrozenSet(StringComparer.Ordinal);
        LongestPhrase = longestPhrase;
        SingleWords = singleWords;
    }

    /// <summary>The most tokens any alias has.</summary>
    public int LongestPhrase { get; }

    /// <summary>One-token aliases, the candidates for typo-tolerant matching.</summary>
    public IReadOnlyList<KeyValuePair<string, Subject>> SingleWords { get; }

    public static AliasIndex Build(IEnumerable<Subject> subjects)
    {
        var byPhrase = new Dictionary<string, Subject>(StringComparer.Ordinal);
        var longest = 1;
        foreach (var subject in subjects)
        {
            foreach (var name in subject.Name.Texts.Reverse().Concat(subject.Aliases).Prepend(subject.Id))
            {
                var tokens = Tokenizer.Tokenize(TextFolding.Fold(name));
                if (tokens.Count == 0)
                {
                    continue;
                }

                byPhrase.TryAdd(string.Join(' ', tokens), subject);
                longest = Math.Max(longest, tokens.Count);
            }
        }

        var singles = byPhrase.Where(p => !p.Key.Contains(' ', StringComparison.Ordinal)).ToList();
        return new AliasIndex(byPhrase, longest, singles);
    }

    /// <summary>Whether some alias begins with this word; most words of a question begin none.</summary>
    public bool StartsAlias(string word) => _firstWords.Contains(word);

    /// <summary>Whether some alias of more words begins with this space-joined token phrase ("the big").</summary>
    public bool StartsLongerAlias(string phrase) => _properPrefixes.Contains(phrase);

    /// <summary>The subject whose alias is exactly this space-joined token phrase, if any.</summary>
    public Subject? Find(string phrase) => _byPhrase.GetValueOrDefault(phrase);
}
