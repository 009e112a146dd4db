using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>Keys and scalars on one line: plain, single-quoted and double-quoted.</summary>
internal sealed partial class FastYamlParser
{
    // YamlDotNet refuses longer implicit keys; no knowledge key comes close.
    private const int MaxKeyLength = 1000;

    // Every fact repeats the same keys and many short values ("USD", "billion", subject ids). Remembering the
    // latest short string per hash slot shares most of them: far less memory for big files to keep and collect.
    private const int SharedMaxLength = 24;
    private readonly string?[] _recentStrings = new string?[1024];

    /// <summary>
    /// Reads "key:" (plain or quoted key) at <paramref name="at"/>; the colon must be followed by a space or
    /// the end of the line. False for anything else, including keys YAML allows but knowledge files never use.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryReadKey(int at, out string key, out int afterColon)
    {
        key = string.Empty;
        afterColon = 0;
        var end = at;
        string? quoted = null;
        if (_text[at] is '"' or '\'')
        {
            quoted = ReadQuoted(ref end);
            if (quoted is null)
            {
                return false;
            }
        }
        else if (char.IsLetterOrDigit(_text[at]) || _text[at] == '_')
        {
            while (end < _lineEnd && (char.IsLetterOrDigit(_text[end]) || _text[end] is '_' or '-' or '.'))
            {
                end++;
            }

            if (end - at > MaxKeyLength)
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (end == _lineEnd || _text[end] != ':' || (end + 1 < _lineEnd && _text[end + 1] != ' '))
        {
            return false;
        }

        afterColon = end + 1;
        key = quoted ?? Shared(_text.AsSpan(at, end - at));
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string Shared(ReadOnlySpan<char> text)
    {
        if (text.Length > SharedMaxLength)
        {
            return text.ToString();
        }

        // FNV-1a: a collision only costs an allocation, so a cheap unseeded hash is enough.
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        ref var recent = ref _recentStrings[(int)((hash ^ (hash >> 16)) % (uint)_recentStrings.Length)];
        if (recent is null || !text.SequenceEqual(recent))
        {
            recent = text.ToString();
        }

        return recent;
    }

    /// <summary>A scalar or flow collection that must be the rest of the line, apart from a comment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlValue? ParseLineValue(int at, int depth)
    {
        if (_text[at] is not ('[' or '{' or '"' or '\''))
        {
            return ParseBlockPlain(at);
        }

        var end = at;
        var value = ParseFlowNode(ref end, depth);
        var next = SkipSpaces(end);
        return next == _lineEnd || (next > end && _text[next] == '#') ? value : null;
    }

    /// <summary>An unquoted scalar outside brackets: up to the end of the line or a " #" comment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlText? ParseBlockPlain(int at)
    {
        if (!CanStartPlain(at))
        {
            return null;
        }

        var line = _text.AsSpan(at, _lineEnd - at);
        var comment = line.IndexOf(" #", StringComparison.Ordinal);
        var value = (comment < 0 ? line : line[..comment]).TrimEnd(' ');

        // ": " would make it a key, which YAML does not allow here.
        return value.Contains(": ", StringComparison.Ordinal) || value[^1] == ':'
            ? null
            : new YamlText(Shared(value), isPlain: true, _line);
    }

    // Indicators cannot start a plain scalar; "-" can before a non-space ("-5"), "?" and ":" are left to YamlDotNet.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool CanStartPlain(int at) => _text[at] switch
    {
        '-' => at + 1 < _lineEnd && _text[at + 1] is not (' ' or ',' or '[' or ']' or '{' or '}'),
        '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' => false,
        _ => true,
    };

    /// <summary>A single- or double-quoted scalar closed on the same line; at moves past the closing quote.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? ReadQuoted(ref int at)
    {
        var quote = _text[at];
        var builder = (StringBuilder?)null;
        var from = at + 1;
        while (true)
        {
            var rest = _text.AsSpan(from, _lineEnd - from);
            var stop = quote == '"' ? rest.IndexOfAny('"', '\\') : rest.IndexOf('\'');
            if (stop < 0)
            {
                return null;
            }

            var end = from + stop;
            var isClose = _text[end] == quote && !(quote == '\'' && end + 1 < _lineEnd && _text[end + 1] == '\'');
            if (isClose && builder is null)
            {
                at = end + 1;
                return Shared(_text.AsSpan(from, end - from));
            }

            builder ??= new StringBuilder();
            builder.Append(_text, from, end - from);
            if (isClose)
            {
                at = end + 1;
                return builder.ToString();
            }

            if (quote == '\'')
            {
                builder.Append('\'');
                from = end + 2;
            }
            else if (TryAppendEscape(builder, end) is var next && next > 0)
            {
                from = next;
            }
            else
            {
                return null;
            }
        }
    }

    /// <summary>Appends the escape starting with the backslash at <paramref name="at"/>; returns the index after it, or 0.</summary>
    private int TryAppendEscape(StringBuilder builder, int at)
    {
        if (at + 1 == _lineEnd)
        {
            return 0;
        }

        char? simple = _text[at + 1] switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            '0' => '\0',
            _ => null,
        };
        if (simple is { } c)
        {
            builder.Append(c);
            return at + 2;
        }

        if (_text[at + 1] == 'u' && at + 6 <= _lineEnd
            && ushort.TryParse(_text.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            && !char.IsSurrogate((char)code))
        {
            builder.Append((char)code);
            return at + 6;
        }

        return 0;
    }
}
