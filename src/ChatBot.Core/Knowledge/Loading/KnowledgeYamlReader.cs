using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Knowledge.Loading;

/// <summary>Reads the YAML structure of a knowledge file into a draft, collecting syntax and shape errors.</summary>
internal static class KnowledgeYamlReader
{
    private static readonly string[] RootKeys = ["version", "sources", "topics", "subjects", "facts"];

    // Items per parallel work unit: big enough to amortise scheduling, small enough to balance two cores.
    private const int ChunkSize = 1024;

    public static KnowledgeDraft Read(string yaml, ErrorSink errors)
    {
        var draft = new KnowledgeDraft();
        var parsed = YamlReader.Parse(yaml);
        if (parsed.Error is { } error)
        {
            errors.Add(error.Line, null, $"YAML syntax error: {error.Message}");
            return draft;
        }

        if (parsed.Root is not { } rootNode)
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

        ReadList(root, "sources", errors, SourceReader.Read, draft.Sources);
        ReadList(root, "topics", errors, TopicReader.Read, draft.Topics);
        ReadList(root, "subjects", errors, SubjectReader.Read, draft.Subjects);
        ReadList(root, "facts", errors, FactReader.Read, draft.Facts);
        return draft;
    }

    private static void ReadList<T>(MappingReader root, string key, ErrorSink errors, Func<YamlValue, ErrorSink, T?> read, List<T> into)
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

        if (node is not YamlList list)
        {
            if (root.Has(key))
            {
                errors.Add(node.Line, null, $"'{key}' must be a list (each entry starting with '- ')");
            }

            return;
        }

        // Items are independent, so chunks of them are read in parallel, each into its own error sink; merging the
        // chunks in file order gives the same values and errors as reading one item after the other.
        var items = list.Items;
        var values = new T?[items.Count];
        var chunkErrors = new ErrorSink[(items.Count + ChunkSize - 1) / ChunkSize];
        Parallel.For(0, chunkErrors.Length, chunk =>
        {
            var sink = chunkErrors[chunk] = new ErrorSink(errors.File);
            for (var i = chunk * ChunkSize; i < Math.Min(items.Count, (chunk + 1) * ChunkSize); i++)
            {
                values[i] = read(items[i], sink);
            }
        });

        foreach (var sink in chunkErrors)
        {
            errors.AddAll(sink);
        }

        into.AddRange(values.OfType<T>());
    }
}
