namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>
/// Finds text nested too deeply for a recursive YAML parser before any parser sees it. YamlDotNet recurses once per
/// nesting level, and a stack overflow cannot be caught in .NET: a file of 50,000 '[' would end the process.
/// </summary>
/// <remarks>
/// The estimate may only ever be too high, never too low, so it errs towards counting: brackets count everywhere
/// except inside quoted scalars on one line and in comments, and a block level is charged two per column of
/// indentation (a list may sit at its key's column) plus one per "- ", "? " or ": " opening the line, whether or
/// not a flow collection is open. Knowledge
/// files stay far below the limit; only text built to be deep reaches it.
/// </remarks>
internal static class YamlNestingGuard
{
    /// <summary>The deepest estimated nesting accepted; YamlDotNet handles this many levels on any thread's stack.</summary>
    public const int MaxDepth = 200;

    /// <summary>The 1-based line where the text first nests deeper than <see cref="MaxDepth"/>, or null.</summary>
    public static int? FirstTooDeepLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flow = 0;
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var span = text.AsSpan(start, end - start);
            var block = BlockLevels(span);
            if (block + flow > MaxDepth || ScanLine(span, ref flow, MaxDepth - block))
            {
                return line;
            }

            line++;
            start = end + 1;
        }

        return null;
    }

    private static int BlockLevels(ReadOnlySpan<char> line)
    {
        var indent = line.IndexOfAnyExcept(' ');
        if (indent < 0 || line[indent] == '#')
        {
            return 0;
        }

        var levels = 0;
        var at = indent;
        while (at < line.Length && line[at] is '-' or '?' or ':' && (at + 1 == line.Length || line[at + 1] is ' ' or '\t'))
        {
            levels++;
            at++;
            while (at < line.Length && line[at] is ' ' or '\t')
            {
                at++;
            }
        }

        return (2 * (indent + levels)) + 1;
    }

    /// <summary>Updates the open flow collections with one line; true as soon as they exceed <paramref name="limit"/>.</summary>
    private static bool ScanLine(ReadOnlySpan<char> line, ref int flow, int limit)
    {
        var quote = '\0';
        var tokenStart = true;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                    tokenStart = false;
                }

                continue;
            }

            switch (c)
            {
                case '#' when i == 0 || line[i - 1] is ' ' or '\t':
                    return false;
                case '"' or '\'' when tokenStart:
                    quote = c;
                    break;
                case '[' or '{':
                    if (++flow > limit)
                    {
                        return true;
                    }

                    tokenStart = true;
                    break;
                case ']' or '}':
                    flow = Math.Max(0, flow - 1);
                    tokenStart = false;
                    break;
                case ',':
                    tokenStart = true;
                    break;
                case '-' or '?' or ':' when i + 1 == line.Length || line[i + 1] is ' ' or '\t':
                case ':' when flow > 0:
                    tokenStart = true;
                    break;
                case ' ' or '\t' or '\r':
                    break;
                default:
                    tokenStart = false;
                    break;
            }
        }

        return false;
    }
}
