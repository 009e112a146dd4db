using System.Runtime.CompilerServices;

namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>
/// A hand-written parser for the YAML knowledge files are written in, many times faster than YamlDotNet: block
/// mappings and sequences by indentation, flow collections and quoted or plain scalars on one line, comments.
/// It gives up on everything else, malformed text included, so that YamlDotNet reads such text and reports its
/// errors: being fast never depends on being right about YAML this parser does not know.
/// </summary>
/// <remarks>
/// Methods that run per line or per item are compiled optimised from their first call: a load happens once per
/// start or reload, too briefly for tiered compilation to catch up, and runs far slower until it does.
/// </remarks>
internal sealed partial class FastYamlParser
{
    // Deeper nesting than this is no knowledge file; giving it to YamlDotNet keeps the recursion here shallow.
    private const int MaxDepth = 64;

    private readonly string _text;

    // Only the parser of a whole document splits its top-level lists for parallel parsing.
    private readonly bool _isWholeDocument;
    private readonly bool _keepsTopLevelListsChunked;

    private FastYamlParser(string text, int start, int end, int line, bool isWholeDocument, bool keepsTopLevelListsChunked = false)
    {
        _text = text;
        _end = end;
        _lineStart = start;
        _lineEnd = LineEndFrom(start);
        _line = line;
        _isWholeDocument = isWholeDocument;
        _keepsTopLevelListsChunked = keepsTopLevelListsChunked;
    }

    /// <summary>
    /// Parses <paramref name="yaml"/>; false when it leaves the supported subset. On success
    /// <paramref name="root"/> is the document's root, or null when the text holds only comments and blank lines.
    /// </summary>
    public static bool TryParse(string yaml, out YamlValue? root) => TryParse(yaml, keepTopLevelListsChunked: false, out root);

    /// <summary>
    /// Like <see cref="TryParse(string, out YamlValue?)"/>, but lists directly under the root stay
    /// <see cref="YamlChunkedList"/>s, parsed only while they are read; those chunks can still give up.
    /// </summary>
    public static bool TryParseChunked(string yaml, out YamlValue? root) => TryParse(yaml, keepTopLevelListsChunked: true, out root);

    private static bool TryParse(string yaml, bool keepTopLevelListsChunked, out YamlValue? root)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        root = null;
        var text = yaml.Contains('\r', StringComparison.Ordinal) ? yaml.Replace("\r\n", "\n", StringComparison.Ordinal) : yaml;
        return HasOnlyPlainCharacters(text)
            && new FastYamlParser(text, 0, text.Length, 1, isWholeDocument: true, keepTopLevelListsChunked).TryParseDocument(out root);
    }

    private bool TryParseDocument(out YamlValue? root)
    {
        root = null;
        SkipToContent();
        if (AtEnd)
        {
            return true;
        }

        if (_indent == 0 && _text.AsSpan(_lineStart, _lineEnd - _lineStart) is ['-', '-', '-', .. var rest] && (rest.IsEmpty || rest[0] == ' '))
        {
            var after = SkipSpaces(_lineStart + 3);
            if (after < _lineEnd && _text[after] != '#')
            {
                return false;
            }

            AdvanceToContent();
            if (AtEnd)
            {
                return false;
            }
        }

        root = ParseBlockNode(_lineStart + _indent, 0);
        return root is not null && AtEnd;
    }

    /// <summary>A block mapping or sequence whose first line is the current one, starting at <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlValue? ParseBlockNode(int at, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (IsDash(at))
        {
            return ParseSequence(at - _lineStart, depth);
        }

        return TryReadKey(at, out _, out _) ? ParseMapping(at - _lineStart, depth) : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlMap? ParseMapping(int column, int depth)
    {
        var line = _line;
        var first = _openEntries.Count;
        while (true)
        {
            if (!TryReadKey(_lineStart + column, out var key, out var afterColon))
            {
                return null;
            }

            var keyLine = _line;
            if (ParseMappingValue(afterColon, column, depth) is not { } value)
            {
                return null;
            }

            _openEntries.Add(new YamlEntry(key, keyLine, value));
            if (AtEnd || _indent < column)
            {
                return CloseMapping(first, line);
            }

            if (_indent > column)
            {
                return null;
            }
        }
    }

    /// <summary>The value after a key's colon: on the same line, on the more indented lines below, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlValue? ParseMappingValue(int at, int column, int depth)
    {
        at = SkipSpaces(at);
        if (at == _lineEnd || _text[at] == '#')
        {
            var line = _line;
            AdvanceToContent();
            if (!AtEnd && _indent > column)
            {
                return ParseBlockNode(_lineStart + _indent, depth + 1);
            }

            // YAML lets a mapping's list start at the key's own indentation.
            return !AtEnd && _indent == column && IsDash(_lineStart + column)
                ? ParseSequence(column, depth + 1)
                : new YamlText(string.Empty, isPlain: true, line);
        }

        return ParseLastValueOfLine(at, column, depth);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlValue? ParseSequence(int column, int depth) =>
        _isWholeDocument && depth <= 1 ? ParseTopLevelSequence(column, depth) : ParseSequenceItems(column, depth);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlList? ParseSequenceItems(int column, int depth)
    {
        var first = _openItems.Count;
        var line = _line;
        while (true)
        {
            // "-" alone (the item on the lines below) and "- - a" are valid YAML, but not knowledge-file style.
            var at = SkipSpaces(_lineStart + column + 1);
            if (at == _lineEnd || _text[at] == '#' || IsDash(at))
            {
                return null;
            }

            var item = TryReadKey(at, out _, out _)
                ? ParseMapping(at - _lineStart, depth + 1)
                : ParseLastValueOfLine(at, column, depth + 1);
            if (item is null)
            {
                return null;
            }

            _openItems.Add(item);
            if (AtEnd || _indent < column)
            {
                return CloseSequence(first, line);
            }

            if (_indent > column)
            {
                return null;
            }

            if (!IsDash(_lineStart + column))
            {
                return CloseSequence(first, line);
            }
        }
    }

    /// <summary>
    /// A scalar or flow collection that ends its line. A more indented line after it would continue a multi-line
    /// scalar (or be an error), which this parser leaves to YamlDotNet.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlValue? ParseLastValueOfLine(int at, int column, int depth)
    {
        var value = ParseLineValue(at, depth);
        if (value is null)
        {
            return null;
        }

        AdvanceToContent();
        return !AtEnd && _indent > column ? null : value;
    }
}
