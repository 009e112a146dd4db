using System.Runtime.CompilerServices;
using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Knowledge.Loading;

/// <summary>Reads the YAML structure of a knowledge file into a draft, collecting syntax and shape errors.</summary>
internal static class KnowledgeYamlReader
{
    private static readonly string[] RootKeys = ["version", "sources", "topics", "subjects", "facts"];

    // In one file of a knowledge folder any of the lists may be missing, as the folder's other files hold them.
    public static KnowledgeDraft Read(string yaml, ErrorSink errors, bool partOfFolder = false)
    {
        // The fast parser leaves the top-level lists in chunks that are parsed while they are read, so a big file's
        // nodes never all exist at once. Text it cannot handle, even deep in a list, goes to YamlDotNet as a whole.
        if (FastYamlParser.TryParseChunked(yaml, out var outline))
        {
            var attempt = new ErrorSink(errors.File);
            if (TryRead(outline, attempt, partOfFolder) is { } draft)
            {
                errors.AddAll(attempt);
                return draft;
            }
        }

        var parsed = YamlDotNetFallback.Parse(yaml);
        if (parsed.Error is { } error)
        {
            errors.Add(error.Line, null, $"YAML syntax error: {error.Message}");
            return new KnowledgeDraft();
        }

        return TryRead(parsed.Root, errors, partOfFolder) ?? throw new InvalidOperationException("a YamlDotNet tree has no chunked lists");
    }

    /// <summary>The draft, or null when a chunked list turned out to leave the fast parser's subset.</summary>
    private static KnowledgeDraft? TryRead(YamlValue? rootNode, ErrorSink errors, bool partOfFolder)
    {
        var draft = new KnowledgeDraft();
        if (rootNode is null)
        {
            errors.Add(1, null, "the knowledge file is empty");
            return draft;
        }

        var root = new MappingReader(rootNode, errors, "the knowledge file", RootKeys);
        var version = root.OptionalInt("version");
        if (version is not null and not 1)
        {
            errors.Add(root.Line, null, $"unsupported version {version} (this bot reads version 1)");
        }

        var complete = TryReadList(root, "sources", errors, SourceReader.Read, draft.Sources, partOfFolder)
            && TryReadList(root, "topics", errors, TopicReader.Read, draft.Topics, partOfFolder)
            && TryReadList(root, "subjects", errors, SubjectReader.Read, draft.Subjects, partOfFolder)
            && TryReadList(root, "facts", errors, FactReader.Read, draft.Facts, partOfFolder);
        return complete ? draft : null;
    }

    private static bool TryReadList<T>(MappingReader root, string key, ErrorSink errors, Func<YamlValue, ErrorSink, T?> read, List<T> into, bool optional)
        where T : class
    {
        var node = root.Child(key);
        switch (node)
        {
            // A root that is no mapping is already reported; its lists are not missing on top of that.
            case null when !optional && root.IsValid && key is "sources" or "subjects" or "facts":
                errors.Add(root.Line, null, $"the knowledge file has no '{key}' list");
                return true;
            case null:
                return true;
            case YamlList list:
                into.AddRange(ReadItems(list.Items, read, errors));
                return true;
            case YamlChunkedList chunked:
                // Each chunk collects its own errors; merging them in chunk order keeps the report in file order.
                if (!chunked.TryReadChunks(items => ReadChunk(items, read, errors.File), out var chunks))
                {
                    return false;
                }

                foreach (var (values, chunkErrors) in chunks)
                {
                    errors.AddAll(chunkErrors);
                    into.AddRange(values);
                }

                return true;
            default:
                if (root.Has(key))
                {
                    errors.Add(node.Line, null, $"'{key}' must be a list (each entry starting with '- ')");
                }

                return true;
        }
    }

    private static (List<T> Values, ErrorSink Errors) ReadChunk<T>(IReadOnlyList<YamlValue> items, Func<YamlValue, ErrorSink, T?> read, string file)
        where T : class
    {
        var errors = new ErrorSink(file);
        return (ReadItems(items, read, errors), errors);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<T> ReadItems<T>(IReadOnlyList<YamlValue> items, Func<YamlValue, ErrorSink, T?> read, ErrorSink errors)
        where T : class
    {
        var values = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (read(item, errors) is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }
}
