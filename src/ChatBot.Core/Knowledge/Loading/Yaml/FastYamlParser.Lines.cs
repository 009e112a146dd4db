using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>Moving through the text line by line, and collecting the parts of open collections.</summary>
internal sealed partial class FastYamlParser
{
    // Characters that YAML forbids, reads as extra line breaks (NEL, LS, PS) or treats specially (BOM, tabs,
    // lone CR), plus surrogates, which are fine only in pairs.
    private static readonly SearchValues<char> Suspicious = SearchValues.Create(SuspiciousCharacters());

    // Entries and items of the collections being parsed, innermost last, so each becomes one exact-size array.
    private readonly List<YamlEntry> _openEntries = [];
    private readonly List<YamlValue> _openItems = [];

    // The parsed range ends at _end, the text's length or a line break; lines are numbered from 1.
    private readonly int _end;
    private int _lineStart;
    private int _lineEnd;
    private int _line;
    private int _indent;

    private bool AtEnd => _lineStart > _end;

    private bool IsDash(int at) => _text[at] == '-' && (at + 1 == _lineEnd || _text[at + 1] == ' ');

    private int SkipSpaces(int at)
    {
        while (at < _lineEnd && _text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private void AdvanceToContent()
    {
        NextLine();
        SkipToContent();
    }

    /// <summary>Moves to the first line from the current one that is neither blank nor a comment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipToContent()
    {
        while (!AtEnd)
        {
            var indent = _text.AsSpan(_lineStart, _lineEnd - _lineStart).IndexOfAnyExcept(' ');
            if (indent >= 0 && _text[_lineStart + indent] != '#')
            {
                _indent = indent;
                return;
            }

            NextLine();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void NextLine()
    {
        _lineStart = _lineEnd + 1;
        _line++;
        if (!AtEnd)
        {
            _lineEnd = LineEndFrom(_lineStart);
        }
    }

    private int LineEndFrom(int start)
    {
        var end = _text.AsSpan(start, _end - start).IndexOf('\n');
        return end < 0 ? _end : start + end;
    }

    // On giving up, open collections are abandoned with the parser, so only success needs closing.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlMap? CloseMapping(int first, int line)
    {
        var entries = CollectionsMarshal.AsSpan(_openEntries)[first..].ToArray();
        _openEntries.RemoveRange(first, entries.Length);
        return YamlMap.TryCreate(entries, line, out _);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlList CloseSequence(int first, int line)
    {
        var items = CollectionsMarshal.AsSpan(_openItems)[first..].ToArray();
        _openItems.RemoveRange(first, items.Length);
        return new YamlList(items, line);
    }

    private static bool HasOnlyPlainCharacters(string text)
    {
        var span = text.AsSpan();
        while (true)
        {
            var at = span.IndexOfAny(Suspicious);
            if (at < 0)
            {
                return true;
            }

            if (!char.IsHighSurrogate(span[at]) || at + 1 == span.Length || !char.IsLowSurrogate(span[at + 1]))
            {
                return false;
            }

            span = span[(at + 2)..];
        }
    }

    private static string SuspiciousCharacters()
    {
        var characters = new List<char>();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c != '\n')
            {
                characters.Add(c);
            }
        }

        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            characters.Add(c);
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            characters.Add(c);
        }

        characters.AddRange(['\u2028', '\u2029', '\uFEFF', '\uFFFE', '\uFFFF']);
        return new string([.. characters]);
    }
}
