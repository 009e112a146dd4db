using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Knowledge.Loading;

internal static class TopicReader
{
    private static readonly string[] Keys = ["id", "name", "terms", "kinds"];

    public static Located<Topic>? Read(YamlValue node, ErrorSink errors)
    {
        var reader = new MappingReader(node, errors, "topic", Keys);
        var id = reader.RequiredString("id");
        var name = LocalizedTextReader.Read(reader, "name", errors, required: true);
        var terms = reader.StringList("terms");
        var kinds = ReadKinds(reader, id, errors);
        return id is null || name is null ? null : new Located<Topic>(new Topic(id, name, terms) { Kinds = kinds }, reader.Line);
    }

    // Each unknown kind is reported on its own line, naming the topic, so a typo is found without searching.
    private static FactKind[] ReadKinds(MappingReader reader, string? topicId, ErrorSink errors)
    {
        var names = reader.StringList("kinds");
        if (names.Count == 0 || reader.Child("kinds") is not YamlList list)
        {
            return [];
        }

        var kinds = new List<FactKind>(names.Count);
        foreach (var item in list.Items)
        {
            var text = (item as YamlText)?.Value;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (KnowledgeVocabulary.FactKinds.TryGetValue(text.Trim(), out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                errors.Add(item.Line, null, $"unknown kind '{ErrorExcerpt.Of(text.Trim())}' in topic '{ErrorExcerpt.Of(topicId)}' (allowed: {string.Join(", ", KnowledgeVocabulary.FactKinds.Keys)})");
            }
        }

        return [.. kinds.Distinct()];
    }
}
