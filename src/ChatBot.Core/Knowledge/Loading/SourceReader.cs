using System.Globalization;
using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Knowledge.Loading;

internal static class SourceReader
{
    private static readonly string[] Keys = ["id", "title", "publisher", "author", "published", "url", "file", "sha256"];

    public static Located<Source>? Read(YamlValue node, ErrorSink errors)
    {
        var reader = new MappingReader(node, errors, "source", Keys);
        var id = reader.RequiredString("id");
        var published = reader.OptionalString("published");
        DateOnly? date = null;
        if (published is not null)
        {
            if (DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }
            else
            {
                errors.Add(reader.Line, null, $"source '{ErrorExcerpt.Of(id)}': published must be a date YYYY-MM-DD or null, not '{ErrorExcerpt.Of(published)}'");
            }
        }

        // Metadata is never guessed, so its absence must be explicit: "publisher: null", not a forgotten line.
        foreach (var key in (string[])["title", "publisher", "published", "url"])
        {
            if (reader.Child(key) is null)
            {
                errors.Add(reader.Line, null, $"source '{ErrorExcerpt.Of(id)}' is missing the field '{key}' (write {key}: null when the article does not say)");
            }
        }

        var title = reader.OptionalString("title");

        return id is null ? null : new Located<Source>(
            new Source(id, title, reader.OptionalString("publisher"), reader.OptionalString("author"), date, reader.OptionalString("url"), reader.OptionalString("file"))
            {
                Sha256 = reader.OptionalString("sha256"),
            },
            reader.Line);
    }
}
