using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Knowledge.Loading;

internal static class TopicReader
{
    private static readonly string[] Keys = ["id", "name", "terms"];

    public static Located<Topic>? Read(YamlValue node, ErrorSink errors)
    {
        var reader = new MappingReader(node, errors, "topic", Keys);
        var id = reader.RequiredString("id");
        var name = LocalizedTextReader.Read(reader, "name", errors, required: true);
        return id is null || name is null ? null : new Located<Topic>(new Topic(id, name, reader.StringList("terms")), reader.Line);
    }
}
