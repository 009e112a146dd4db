namespace ChatBot.Core.Tests.Support;

/// <summary>A small valid knowledge file for validation tests to break one rule at a time.</summary>
internal static class KnowledgeYaml
{
    public const string ValidFact = """
          - id: acme-2025
            subject: acme
            kind: capex
            topics: [data-centers]
            amount: { value: 12, currency: USD, scale: billion, qualifier: around }
            period: { year: 2025 }
            statement:
              de: Acme investiert 2025 rund 12 Mrd. US-Dollar.
              en: Acme invests around $12 billion in 2025.
            source: article-1
            quote: "Acme will 2025 rund 12 Milliarden Dollar investieren."
        """;

    /// <summary>Sources, topics and subjects (lines 1–17), then the given facts.</summary>
    public static string With(string facts) => Header + facts;

    public const string Header = """
        version: 1
        sources:
          - id: article-1
            title: Acme baut aus
            publisher: null
            published: null
            url: null
            file: acme.txt
        topics:
          - id: data-centers
            name: { de: Rechenzentren, en: data centres }
            terms: [rechenzentr]
        subjects:
          - id: acme
            name: Acme
            kind: company
            aliases: [Acme Corp]
        facts:

        """;
}
