using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Knowledge.Loading;

internal static class SubjectReader
{
    private static readonly string[] Keys = ["id", "name", "kind", "aliases", "members"];

    public static Located<Subject>? Read(YamlValue node, ErrorSink errors)
    {
        var reader = new MappingReader(node, errors, "subject", Keys);
        var id = reader.RequiredString("id");
        var name = reader.Child("name") is YamlMap
            ? LocalizedTextReader.Read(reader, "name", errors, required: true)
            : reader.RequiredString("name") is { } plain ? new LocalizedText(KnowledgeVocabulary.Languages.Select(l => new KeyValuePair<Language, string>(l, plain))) : null;
        var kind = reader.OptionalEnum("kind", KnowledgeVocabulary.SubjectKinds) ?? SubjectKind.Company;
        return id is null || name is null
            ? null
            : new Located<Subject>(new Subject(id, name, kind, reader.StringList("aliases"), reader.StringList("members")), reader.Line);
    }
}
