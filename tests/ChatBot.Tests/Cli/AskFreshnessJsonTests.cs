using System.Text.Json;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary>The JSON contract's freshness fields: <c>as_of</c> and <c>older_figure</c> on every fact.</summary>
public class AskFreshnessJsonTests
{
    private const string Knowledge = """
        version: 1
        sources:
          - id: article-1
            title: Acme baut aus
            publisher: null
            published: 2025-01-15
            url: null
            file: acme-1.txt
          - id: article-2
            title: Acme spart
            publisher: null
            published: 2025-04-20
            url: null
            file: acme-2.txt
          - id: article-3
            title: Acme und KI
            publisher: null
            published: null
            url: null
            file: acme-3.txt
        topics: []
        subjects:
          - id: acme
            name: Acme
            kind: company
            aliases: [Acme Corp]
        facts:
          - id: acme-2025-january
            subject: acme
            kind: capex
            topics: []
            amount: { value: 12, currency: USD, scale: billion, qualifier: around }
            period: { year: 2025 }
            statement:
              de: Acme investiert 2025 rund 12 Mrd. US-Dollar.
              en: Acme invests around $12 billion in 2025.
            source: article-1
            quote: "Acme will 2025 rund 12 Milliarden Dollar investieren."
          - id: acme-2025-april
            subject: acme
            kind: capex
            topics: []
            amount: { value: 10, currency: USD, scale: billion }
            period: { year: 2025 }
            statement:
              de: Acme senkt 2025 auf 10 Mrd. US-Dollar.
              en: Acme cuts to $10 billion in 2025.
            source: article-2
            quote: "Acme senkt seine Investitionen auf 10 Milliarden Dollar."
          - id: acme-2024
            subject: acme
            kind: capex
            topics: []
            amount: { value: 8, currency: USD, scale: billion }
            period: { year: 2024 }
            statement:
              de: Acme investierte 2024 8 Mrd. US-Dollar.
              en: Acme invested $8 billion in 2024.
            source: article-3
            quote: "Im Vorjahr waren es 8 Milliarden Dollar."
        """;

    [Fact]
    public void AskJson_DatedAndUndatedSources_AsOfAndOlderFigureOnEveryFact()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("k.yaml", Knowledge);

        var (exitCode, output, error) = CliRun.Run("ask", "--json", "--knowledge", path, "How much does Acme invest?");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var facts = json.RootElement.GetProperty("facts").EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetString()!, f => (AsOf: f.GetProperty("as_of"), Older: f.GetProperty("older_figure").GetBoolean()));
        Assert.Equal("2025-04-20", facts["acme-2025-april"].AsOf.GetString());
        Assert.False(facts["acme-2025-april"].Older);
        Assert.Equal("2025-01-15", facts["acme-2025-january"].AsOf.GetString());
        Assert.True(facts["acme-2025-january"].Older);
        Assert.Equal(JsonValueKind.Null, facts["acme-2024"].AsOf.ValueKind);
        Assert.False(facts["acme-2024"].Older);
        Assert.Equal("acme-2025-april", json.RootElement.GetProperty("facts")[0].GetProperty("id").GetString());
        Assert.Contains("(as of 20 April 2025) [1]", json.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }
}
