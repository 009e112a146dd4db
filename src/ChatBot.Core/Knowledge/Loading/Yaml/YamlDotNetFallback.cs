using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Core.Knowledge.Loading.Yaml;

/// <summary>
/// Reads any YAML with YamlDotNet's representation model and converts it to the node model: slow on big files,
/// but complete, and the source of the syntax error messages moderators see.
/// </summary>
internal sealed class YamlDotNetFallback
{
    private const string DuplicateKey = "Duplicate key ";

    // Far deeper than any knowledge file; converting deeper structures could overflow the stack.
    private const int MaxDepth = 1000;

    // Aliases let one node appear in many places, or inside itself; each is converted once, cycles are errors.
    private readonly Dictionary<YamlNode, YamlValue> _converted = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<YamlNode> _open = new(ReferenceEqualityComparer.Instance);
    private YamlSyntaxError? _error;

    private YamlDotNetFallback()
    {
    }

    public static YamlParseResult Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex) when (ex.Message.StartsWith(DuplicateKey, StringComparison.Ordinal))
        {
            return YamlParseResult.Failed(LineOf(ex.Start), $"duplicate key '{ex.Message[DuplicateKey.Length..]}'");
        }
        catch (YamlException ex)
        {
            return YamlParseResult.Failed(LineOf(ex.Start), Describe(ex));
        }
        catch (InvalidOperationException)
        {
            // Some malformed flow collections surface as a bare parser state error; find where parsing stops.
            return YamlParseResult.Failed(WhereParsingFails(yaml).Line, "unclosed or malformed [list] or {mapping}");
        }
        catch (ArgumentException)
        {
            // Some malformed keys trip the tree building before the parser reports them; the bare parser names them.
            var (line, message) = WhereParsingFails(yaml);
            return YamlParseResult.Failed(line, message ?? "malformed YAML");
        }

        if (stream.Documents.Count == 0)
        {
            return new YamlParseResult(null, null);
        }

        // A second document would otherwise be silently ignored, and with it every fact a moderator put there.
        if (stream.Documents.Count > 1)
        {
            return YamlParseResult.Failed(LineOf(stream.Documents[1].RootNode.Start), "a second YAML document ('---') follows the first; a knowledge file is one document");
        }

        var fallback = new YamlDotNetFallback();
        var root = fallback.Convert(stream.Documents[0].RootNode, 0);
        return new YamlParseResult(root, root is null ? fallback._error : null);
    }

    private YamlValue? Convert(YamlNode node, int depth)
    {
        if (_converted.TryGetValue(node, out var done))
        {
            return done;
        }

        if (node is YamlScalarNode scalar)
        {
            return _converted[node] = new YamlText(scalar.Value ?? string.Empty, scalar.Style == ScalarStyle.Plain, LineOf(node.Start));
        }

        if (depth > MaxDepth || !_open.Add(node))
        {
            _error = new YamlSyntaxError(LineOf(node.Start), depth > MaxDepth
                ? "lists and mappings are nested too deeply"
                : "an alias refers to a list or mapping that contains it");
            return null;
        }

        YamlValue? value = node switch
        {
            YamlMappingNode mapping => ConvertMapping(mapping, depth),
            YamlSequenceNode sequence => ConvertSequence(sequence, depth),
            _ => null,
        };
        _open.Remove(node);
        if (value is not null)
        {
            _converted[node] = value;
        }

        return value;
    }

    private YamlList? ConvertSequence(YamlSequenceNode sequence, int depth)
    {
        var items = new YamlValue[sequence.Children.Count];
        for (var i = 0; i < items.Length; i++)
        {
            if (Convert(sequence.Children[i], depth + 1) is not { } item)
            {
                return null;
            }

            items[i] = item;
        }

        return new YamlList(items, LineOf(sequence.Start));
    }

    private YamlMap? ConvertMapping(YamlMappingNode mapping, int depth)
    {
        var entries = new List<YamlEntry>(mapping.Children.Count);
        foreach (var (key, child) in mapping.Children)
        {
            if (Convert(child, depth + 1) is not { } value)
            {
                return null;
            }

            // A key that is itself a list or mapping cannot be one of ours; its empty name is reported as unknown.
            entries.Add(new YamlEntry((key as YamlScalarNode)?.Value ?? string.Empty, LineOf(key.Start), value));
        }

        var map = YamlMap.TryCreate([.. entries], LineOf(mapping.Start), out var duplicate);
        if (map is null)
        {
            _error = new YamlSyntaxError(duplicate.KeyLine, $"duplicate key '{duplicate.Key}'");
        }

        return map;
    }

    private static int LineOf(Mark mark) => (int)Math.Max(1, mark.Line);

    /// <summary>The line where YamlDotNet's bare parser stops, with its message when it reports one.</summary>
    private static (int Line, string? Message) WhereParsingFails(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = LineOf(parser.Current!.End);
            }
        }
        catch (YamlException ex)
        {
            return (LineOf(ex.Start), Describe(ex));
        }
        catch (InvalidOperationException)
        {
            return (line, null);
        }

        return (line, null);
    }

    // YamlDotNet's messages repeat the position; the line is reported separately.
    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
