using System.Buffers;
using System.Runtime.CompilerServices;

namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>Flow collections, <c>[a, b]</c> and <c>{ k: v }</c>, nested or not, within one line.</summary>
internal sealed partial class FastYamlParser
{
    // Where a plain scalar inside [ ] or { } ends, or turns into something this parser leaves to YamlDotNet.
    private static readonly SearchValues<char> FlowPlainStops = SearchValues.Create(",[]{}:#");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlValue? ParseFlowNode(ref int at, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (_text[at])
        {
            case '[':
                return ParseFlowSequence(ref at, depth);
            case '{':
                return ParseFlowMapping(ref at, depth);
            case '"' or '\'':
                var text = ReadQuoted(ref at);
                return text is null ? null : new YamlText(text, isPlain: false, _line);
            default:
                return ParseFlowPlain(ref at);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlList? ParseFlowSequence(ref int at, int depth)
    {
        var first = _openItems.Count;
        at = SkipSpaces(at + 1);
        if (at < _lineEnd && _text[at] == ']')
        {
            at++;
            return CloseSequence(first, _line);
        }

        while (at < _lineEnd)
        {
            if (ParseFlowNode(ref at, depth + 1) is not { } item)
            {
                return null;
            }

            _openItems.Add(item);
            if (!TryReadFlowSeparator(ref at, ']', out var closed))
            {
                return null;
            }

            if (closed)
            {
                return CloseSequence(first, _line);
            }
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlMap? ParseFlowMapping(ref int at, int depth)
    {
        var first = _openEntries.Count;
        at = SkipSpaces(at + 1);
        if (at < _lineEnd && _text[at] == '}')
        {
            at++;
            return CloseMapping(first, _line);
        }

        while (at < _lineEnd && TryReadKey(at, out var key, out var afterColon))
        {
            at = SkipSpaces(afterColon);
            if (at == _lineEnd || ParseFlowNode(ref at, depth + 1) is not { } value)
            {
                return null;
            }

            _openEntries.Add(new YamlEntry(key, _line, value));
            if (!TryReadFlowSeparator(ref at, '}', out var closed))
            {
                return null;
            }

            if (closed)
            {
                return CloseMapping(first, _line);
            }
        }

        return null;
    }

    /// <summary>After an item: a comma before the next one, or the closing bracket. A trailing comma gives up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryReadFlowSeparator(ref int at, char close, out bool closed)
    {
        at = SkipSpaces(at);
        closed = at < _lineEnd && _text[at] == close;
        if (closed)
        {
            at++;
            return true;
        }

        if (at == _lineEnd || _text[at] != ',')
        {
            return false;
        }

        at = SkipSpaces(at + 1);
        return at < _lineEnd && _text[at] != close;
    }

    /// <summary>An unquoted scalar inside brackets, up to the comma or bracket that ends it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlText? ParseFlowPlain(ref int at)
    {
        if (!CanStartPlain(at))
        {
            return null;
        }

        var stop = _text.AsSpan(at, _lineEnd - at).IndexOfAny(FlowPlainStops);
        if (stop < 0 || _text[at + stop] is ':' or '#' or '[' or '{')
        {
            return null;
        }

        var value = _text.AsSpan(at, stop).TrimEnd(' ');
        at += stop;
        return new YamlText(Shared(value), isPlain: true, _line);
    }
}
