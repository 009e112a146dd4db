using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Knowledge.Editing.Forms;

/// <summary>
/// Replaces single keys of one fact's YAML block (a list item without the list's indent), leaving every other line —
/// comments, keys the form does not show, their formatting — exactly as written, so an edit's diff is just the change.
/// </summary>
internal static partial class FactBlockKeys
{
    // Where a key that is not in the block yet goes: after the last of these that is present.
    private static readonly string[] Order = ["id", "status", "subject", "related", "kind", "topics", "amount", "period", "statement", "source", "quote"];

    /// <summary>
    /// The block with each key in <paramref name="segments"/> replaced by its text ("key: value\n", nested lines
    /// indented by two), inserted when missing, or removed when the text is null.
    /// </summary>
    public static string Replace(string block, IReadOnlyDictionary<string, string?> segments)
    {
        var lines = block.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var indent = lines[0].StartsWith("- ", StringComparison.Ordinal) ? 2 : 0;
        var keys = new List<(string? Key, List<string> Lines)> { (null, []) };
        foreach (var line in lines)
        {
            var key = KeyAt(line, indent, first: keys.Count == 1 && keys[0].Lines.Count == 0);
            if (key is not null)
            {
                keys.Add((key, [line]));
            }
            else if (IsCommentAt(line, indent))
            {
                // A comment between keys belongs to neither; it stays when the key before it is replaced.
                keys.Add((null, [line]));
            }
            else
            {
                keys[^1].Lines.Add(line);
            }
        }

        foreach (var (key, text) in segments)
        {
            var at = keys.FindIndex(k => k.Key == key);
            var replacement = text is null ? null : Indented(text, indent);
            if (at >= 0)
            {
                var firstLine = keys[at].Lines[0];
                if (replacement is null)
                {
                    keys.RemoveAt(at);
                }
                else
                {
                    // The list marker stays with the first key.
                    keys[at] = (key, at == 1 && firstLine.StartsWith("- ", StringComparison.Ordinal) ? ["- " + replacement[0][2..], .. replacement[1..]] : replacement);
                }
            }
            else if (replacement is not null)
            {
                var rank = Array.IndexOf(Order, key);
                var after = keys.FindLastIndex(k => k.Key is { } present && Array.IndexOf(Order, present) is var r && r >= 0 && r < rank);
                // Stryker disable once Linq : List.Count is no LINQ call; its "Sum" mutant cannot compile and would take every mutant of Replace with it
                keys.Insert(after < 0 ? keys.Count : after + 1, (key, replacement));
            }
        }

        var result = new StringBuilder();
        foreach (var line in keys.SelectMany(k => k.Lines))
        {
            result.Append(line).Append('\n');
        }

        return result.ToString();
    }

    private static List<string> Indented(string text, int indent) =>
        [.. text.TrimEnd('\n').Split('\n').Select(line => new string(' ', indent) + line)];

    private static bool IsCommentAt(string line, int indent) =>
        line.Length > indent && line[..indent].Trim().Length == 0 && line[indent] == '#';

    private static string? KeyAt(string line, int indent, bool first)
    {
        var content = first && line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : line;
        if (!first && (content.Length <= indent || content[..indent].Trim().Length != 0))
        {
            return null;
        }

        var match = Key().Match(first ? content : content[indent..]);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^([a-z_]+):(?:\s|$)")]
    private static partial Regex Key();
}
