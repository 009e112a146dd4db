using System.Security.Cryptography;
using System.Text;

namespace ChatBot.KnowledgeFiles.Editing;

/// <summary>
/// Finds, versions and writes the text of one fact in a knowledge file. A fact's block runs from its list item
/// ("- id: …") through every deeper-indented line; comments at the list's own indent belong to the next item, so
/// they are never moved or removed with a fact.
/// </summary>
internal static class FactBlocks
{
    /// <summary>The character range of the block whose list item starts on <paramref name="line"/> (1-based), whole lines with their line breaks.</summary>
    public static (int Start, int End) Find(string text, int line)
    {
        var starts = LineStarts(text);
        var first = line - 1;
        var itemIndent = IndentOf(LineAt(text, starts, first));
        var last = first;
        for (var i = first + 1; i < starts.Count; i++)
        {
            var content = LineAt(text, starts, i);
            if (content.Trim().Length == 0)
            {
                continue;
            }

            if (IndentOf(content) <= itemIndent)
            {
                break;
            }

            last = i;
        }

        return (starts[first], last + 1 < starts.Count ? starts[last + 1] : text.Length);
    }

    /// <summary>The indent of the list item on <paramref name="line"/> (1-based).</summary>
    public static int ItemIndent(string text, int line) => IndentOf(LineAt(text, LineStarts(text), line - 1));

    /// <summary>A short, stable version of a block: it changes with any change of the fact's text.</summary>
    public static string Version(string block) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(block.ReplaceLineEndings("\n"))))[..12];

    /// <summary>
    /// A fact given as YAML (a mapping, or a list with one item) as a list item indented by <paramref name="indent"/>,
    /// with the file's line break, ending in one. Null when there is no text.
    /// </summary>
    public static string? AsListItem(string yaml, int indent, string newline)
    {
        var lines = yaml.ReplaceLineEndings("\n").Split('\n').ToList();
        while (lines.Count > 0 && lines[^1].Trim().Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        while (lines.Count > 0 && lines[0].Trim().Length == 0)
        {
            lines.RemoveAt(0);
        }

        if (lines.Count == 0)
        {
            return null;
        }

        var common = lines.Where(l => l.Trim().Length > 0).Min(IndentOf);
        lines = [.. lines.Select(l => l.Length >= common ? l[common..] : l.TrimStart(' '))];
        var firstContent = lines.FindIndex(l => l.Length > 0 && l[0] != '#');
        var isItem = firstContent >= 0 && (lines[firstContent].StartsWith("- ", StringComparison.Ordinal) || lines[firstContent] == "-");
        var pad = new string(' ', indent);
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var body = isItem || i < firstContent ? lines[i] : (i == firstContent ? "- " : "  ") + lines[i];
            text.Append(body.Length == 0 ? "" : pad + body).Append(newline);
        }

        return text.ToString();
    }

    public static string NewlineOf(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && i + 1 < text.Length)
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static string LineAt(string text, List<int> starts, int index)
    {
        var end = index + 1 < starts.Count ? starts[index + 1] : text.Length;
        return text[starts[index]..end].TrimEnd('\n', '\r');
    }

    private static int IndentOf(string line)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        return indent;
    }
}
