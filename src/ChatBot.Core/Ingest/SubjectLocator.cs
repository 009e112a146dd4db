using System.Text.RegularExpressions;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Text;

namespace ChatBot.Core.Ingest;

/// <summary>
/// Finds the subject named nearest a figure: known names and aliases first (a name before the figure counts as
/// nearer than one after it, as the actor usually comes first); otherwise an organisation-like name (OpenAI,
/// SoftBank, "Acme Corp") that the knowledge does not know yet. German capitalises every noun, so only the word
/// right before a legal suffix is taken ("der Konkurrent Zentauris AG" names Zentauris).
/// </summary>
public static class SubjectLocator
{
    private static readonly Regex Word = new(@"[\p{L}\p{N}]+", RegexOptions.Compiled);

    private static readonly Regex Organisation = new(
        @"(?<name>\p{Lu}[\p{L}\p{N}&]*)\s+(?:Inc\.?|Corp\.?|Corporation|AG|SE|GmbH|Ltd\.?|LLC|plc|Group)(?!\p{L})"
        + @"|(?<name>(?<![\p{L}])\p{Lu}[\p{Ll}\p{N}]+\p{Lu}[\p{L}\p{N}]*)"
        + @"|(?<name>(?<![\p{L}])\p{Lu}{3,}(?![\p{L}]))",
        RegexOptions.Compiled);

    private static readonly HashSet<string> NotOrganisations = new(StringComparer.Ordinal)
    {
        "KI", "AI", "USA", "EU", "CEO", "CFO", "GPU", "GPUs", "ID", "CNBC", "FT", "US", "UK", "IT", "IPO", "LLM", "NVIDIA",
    };

    public static SubjectMention? Known(string sentence, int figureStart, AliasIndex aliases)
    {
        SubjectMention? best = null;
        foreach (var mention in Mentions(sentence, aliases))
        {
            var distance = Distance(mention.Start, figureStart);
            if (best is null || distance < best.Distance)
            {
                best = new SubjectMention(mention.Subject.Id, mention.Subject.Name.In(Language.English), IsNew: false, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// The known subjects a sentence names, in order. The longest alias at a position wins and its words are not
    /// read again, so "die vier größten Techkonzerne" names the group, not also "Techkonzerne".
    /// </summary>
    public static IReadOnlyList<KnownMention> Mentions(string sentence, AliasIndex aliases)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(aliases);
        var words = Word.Matches(sentence);
        var folded = new string?[words.Count];
        string FoldedAt(int j) => folded[j] ??= TextFolding.Fold(words[j].Value);
        var mentions = new List<KnownMention>();
        for (var i = 0; i < words.Count; i++)
        {
            // Most words start no alias: checked before any phrase is built.
            var first = FoldedAt(i);
            if (!aliases.StartsAlias(first) && !(first.EndsWith('s') && aliases.StartsAlias(first[..^1])))
            {
                continue;
            }

            for (var length = Math.Min(aliases.LongestPhrase, words.Count - i); length >= 1; length--)
            {
                var phrase = length == 1 ? first : string.Join(' ', Enumerable.Range(i, length).Select(FoldedAt));
                var subject = aliases.Find(phrase) ?? (length == 1 && phrase.EndsWith('s') ? aliases.Find(phrase[..^1]) : null);
                if (subject is null)
                {
                    continue;
                }

                var last = words[i + length - 1];
                mentions.Add(new KnownMention(subject, words[i].Index, last.Index + last.Length));
                i += length - 1;
                break;
            }
        }

        return mentions;
    }

    public static SubjectMention? Unknown(string sentence, int figureStart)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        SubjectMention? best = null;
        foreach (Match match in Organisation.Matches(sentence))
        {
            var name = match.Groups["name"].Value;
            if (NotOrganisations.Contains(name))
            {
                continue;
            }

            var distance = Distance(match.Index, figureStart);
            if (best is null || distance < best.Distance)
            {
                best = new SubjectMention(Slug(name), name, IsNew: true, distance);
            }
        }

        return best;
    }

    /// <summary>A lower-case id made of the name's letters and digits joined by hyphens.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join('-', Word.Matches(TextFolding.Fold(name)).Select(m => m.Value));
    }

    private static int Distance(int mention, int figure) => mention <= figure ? figure - mention : 2 * (mention - figure);
}
