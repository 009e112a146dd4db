using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Core.Knowledge.Loading;

/// <summary>Reads the YAML structure of a knowledge file into a draft, collecting syntax and shape errors.</summary>
internal static class KnowledgeYamlReader
{
    private static readonly string[] RootKeys = ["version", "sources", "topics", "subjects", "facts"];

    public static KnowledgeDraft Read(string yaml, ErrorSink errors)
    {
        var draft = new KnowledgeDraft();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            errors.Add((int)Math.Max(1, ex.Start.Line), null, $"YAML syntax error: {Describe(ex)}");
            return draft;
        }
        catch (InvalidOperationException)
        {
            // Some malformed flow collections surface as a bare parser state error; find where parsing stops.
            errors.Add(LineWhereParsingFails(yaml), null, "YAML syntax error: unclosed or malformed [list] or {mapping}");
            return draft;
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(1, null, "the knowledge file is empty");
            return draft;
        }

        var root = new MappingReader(stream.Documents[0].RootNode, errors, "the knowledge file", RootKeys);
        var version = root.OptionalInt("version");
        if (version is not null and not 1)
        {
            errors.Add(root.Line, null, $"unsupported version {version} (this bot reads version 1)");
        }

        ReadList(root, "sources", errors, node => SourceReader.Read(node, errors), draft.Sources);
        ReadList(root, "topics", errors, node => TopicReader.Read(node, errors), draft.Topics);
        ReadList(root, "subjects", errors, node => SubjectReader.Read(node, errors), draft.Subjects);
        ReadList(root, "facts", errors, node => FactReader.Read(node, errors), draft.Facts);
        return draft;
    }

    private static void ReadList<T>(MappingReader root, string key, ErrorSink errors, Func<YamlNode, T?> read, List<T> into)
        where T : class
    {
        var node = root.Child(key);
        if (node is null)
        {
            if (key is "sources" or "subjects" or "facts")
            {
                errors.Add(root.Line, null, $"the knowledge file has no '{key}' list");
            }

            return;
        }

        if (node is not YamlSequenceNode sequence)
        {
            if (root.Has(key))
            {
                errors.Add(Lines.Of(node), null, $"'{key}' must be a list (each entry starting with '- ')");
            }

            return;
        }

        foreach (var item in sequence)
        {
            if (read(item) is { } value)
            {
                into.Add(value);
            }
        }
    }

    private static int LineWhereParsingFails(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)Math.Max(1, parser.Current!.End.Line);
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            return ex is YamlException yamlException ? (int)Math.Max(1, yamlException.Start.Line) : line;
        }

        return line;
    }

    // YamlDotNet's messages repeat the position; the line is reported separately.
    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
