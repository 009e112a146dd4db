using System.Runtime.CompilerServices;
using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Knowledge.Loading;

internal static class FactReader
{
    private static readonly string[] Keys =
        ["id", "subject", "related", "kind", "topics", "amount", "period", "statement", "source", "quote", "announced"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fact? Read(YamlValue node, ErrorSink errors)
    {
        var declaredId = ((node as YamlMap)?.Find("id") as YamlText)?.Value.Trim();
        var reader = new MappingReader(node, errors, "fact", Keys, string.IsNullOrEmpty(declaredId) ? null : declaredId);
        var id = reader.RequiredString("id");
        var subject = reader.RequiredString("subject");
        var kind = reader.OptionalEnum("kind", KnowledgeVocabulary.FactKinds);
        if (kind is null && !reader.Has("kind") && reader.IsValid)
        {
            errors.Add(reader.Line, reader.FactId, "fact is missing the required field 'kind'");
        }

        var amount = reader.Child("amount") is { } amountNode && reader.Has("amount") ? AmountReader.Read(amountNode, errors, reader.FactId) : null;
        var period = PeriodReader.Read(reader.Child("period"), errors, reader.FactId);
        var statement = LocalizedTextReader.Read(reader, "statement", errors, required: reader.IsValid);
        var source = reader.RequiredString("source");
        var quote = reader.RequiredString("quote");
        var related = reader.StringList("related");
        var topics = reader.StringList("topics");
        var announced = AnnouncedReader.Read(reader, errors);

        if (id is null || subject is null || statement is null || source is null || quote is null)
        {
            return null;
        }

        // An invalid kind is already reported; keeping the fact lets its references be checked in the same run.
        return new Fact(id, subject, related, kind ?? FactKind.Note, topics, amount, period, statement, source, quote, reader.Line) { File = errors.File, Announced = announced };
    }
}
