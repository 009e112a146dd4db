namespace ChatBot.TestSupport;

/// <summary>
/// The made-up Acme knowledge that engine tests build small fixtures from: one home for its sources, topic, subjects
/// and the "around $12 billion in 2025" fact, so a fixture names only what its test varies. Blocks are written as
/// the loader reads them (list items indented by two spaces) and each ends in a line break.
/// </summary>
internal static class AcmeYaml
{
    public const string DataCentersTopic = """
          - id: data-centers
            name: { de: Rechenzentren, en: data centres }
            terms: [rechenzentr]

        """;

    /// <summary>Acme's 2025 capex, "around 12 billion US dollars", as the first article states it.</summary>
    public static string Acme2025(string id = "acme-2025", string topics = "[data-centers]") => Fact(
        id, "acme", "{ value: 12, currency: USD, scale: billion, qualifier: around }", "{ year: 2025 }",
        "Acme investiert 2025 rund 12 Mrd. US-Dollar.", "Acme invests around $12 billion in 2025.", "article-1",
        "\"Acme will 2025 rund 12 Milliarden Dollar investieren.\"", topics);

    public static string Source(string id, string title, string file, string? published = null) => $"""
          - id: {id}
            title: {title}
            publisher: null
            published: {published ?? "null"}
            url: null
            file: {file}

        """;

    /// <summary>A company; <paramref name="aliases"/> is the YAML flow list, e.g. "[Acme Corp]", or null for none.</summary>
    public static string Company(string id, string name, string? aliases = null) => $"""
          - id: {id}
            name: {name}
            kind: company

        """ + (aliases is null ? "" : $"    aliases: {aliases}\n");

    /// <summary>A fact; <paramref name="quote"/> and the statements are written as given (quote them where YAML needs it).</summary>
    public static string Fact(string id, string subject, string amount, string period, string de, string en, string source, string quote, string topics = "[]") => $"""
          - id: {id}
            subject: {subject}
            kind: capex
            topics: {topics}
            amount: {amount}
            period: {period}
            statement:
              de: {de}
              en: {en}
            source: {source}
            quote: {quote}

        """;

    /// <summary>A whole knowledge file; <paramref name="topics"/> null writes <c>topics: []</c>.</summary>
    public static string Document(string sources, string? topics, string subjects, string facts) =>
        "version: 1\nsources:\n" + sources + (topics is null ? "topics: []\n" : "topics:\n" + topics) + "subjects:\n" + subjects + "facts:\n" + facts;
}
