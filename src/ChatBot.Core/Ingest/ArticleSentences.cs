using System.Text.RegularExpressions;

namespace ChatBot.Core.Ingest;

/// <summary>
/// Splits article text into paragraphs and sentences. Paragraphs that repeat an earlier one (scraped pages often
/// carry their body twice, or a caption once with and once without its image credit, right after each other) are dropped.
/// </summary>
public static class ArticleSentences
{
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.Compiled);

    // A sentence ends at . ! ? (optionally followed by closing quotes or brackets) before whitespace and a capital, digit,
    // quote or bracket. Quotes by Unicode category: German closes „…“ with an opening English quote and »…« with «.
    private static readonly Regex Boundary = new(@"(?<=[.!?][\p{Pi}\p{Pf}\p{Pe}""']{0,3})\s+(?=[\p{Lu}\d\p{Pi}\p{Pf}\p{Ps}""'])", RegexOptions.Compiled);

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mrd.", "mio.", "bzw.", "z.", "b.", "u.", "a.", "ca.", "nr.", "dr.", "prof.", "st.", "vs.", "inc.", "corp.", "ltd.",
        "co.", "mr.", "mrs.", "ms.", "etc.", "u.s.", "e.", "v.", "d.", "h.", "jan.", "feb.", "okt.", "dez.", "sept.", "no.",
    };

    /// <summary>The article's distinct paragraphs, whitespace collapsed, in order.</summary>
    public static IReadOnlyList<string> Paragraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var paragraphs = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var paragraph = NeedsCollapsing(line) ? Whitespace.Replace(line, " ").Trim() : line;
            if (paragraph.Length > 0 && seen.Add(paragraph) && !paragraphs.TakeLast(3).Any(earlier => earlier.StartsWith(paragraph, StringComparison.Ordinal)))
            {
                paragraphs.Add(paragraph);
            }
        }

        return paragraphs;
    }

    // Most lines of a page are already single-spaced: only those with other or repeated whitespace go through the regex.
    private static bool NeedsCollapsing(string line)
    {
        if (line.Length > 0 && (char.IsWhiteSpace(line[0]) || char.IsWhiteSpace(line[^1])))
        {
            return true;
        }

        for (var i = 0; i < line.Length; i++)
        {
            if (char.IsWhiteSpace(line[i]) && (line[i] != ' ' || line[i + 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentences of one paragraph, verbatim.</summary>
    public static IReadOnlyList<string> Sentences(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<string>();
        var start = 0;
        foreach (Match boundary in Boundary.Matches(paragraph))
        {
            var candidate = paragraph[start..boundary.Index];
            // "Mrd. Euro", "z. B. Nvidia", "am 1. August", "(Alphabet Inc.) Aktien", "(ca.)": the period ends an
            // abbreviation or ordinal, not the sentence. A closing quote after it still ends one ("… 5 Mrd.« Dann").
            var lastWord = candidate[(candidate.LastIndexOf(' ') + 1)..].Trim('(', ')', '[', ']');
            if (Abbreviations.Contains(lastWord) || (lastWord.Length <= 3 && lastWord.TrimEnd('.').All(char.IsDigit)))
            {
                continue;
            }

            sentences.Add(candidate);
            start = boundary.Index + boundary.Length;
        }

        if (start < paragraph.Length)
        {
            sentences.Add(paragraph[start..]);
        }

        return sentences;
    }
}
