using System.Text.Json;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary>The JSON contract's freshness fields: <c>as_of</c> and <c>older_figure</c> on every fact.</summary>
public class AskFreshnessJsonTests
{
    private static readonly string Knowledge = AcmeYaml.Document(
        AcmeYaml.Source("article-1", "Acme baut aus", "acme-1.txt", "2025-01-15")
            + AcmeYaml.Source("article-2", "Acme spart", "acme-2.txt", "2025-04-20")
            + AcmeYaml.Source("article-3", "Acme und KI", "acme-3.txt"),
        topics: null,
        AcmeYaml.Company("acme", "Acme", "[Acme Corp]"),
        AcmeYaml.Acme2025("acme-2025-january", topics: "[]")
            + AcmeYaml.Fact("acme-2025-april", "acme", "{ value: 10, currency: USD, scale: billion }", "{ year: 2025 }",
                "Acme senkt 2025 auf 10 Mrd. US-Dollar.", "Acme cuts to $10 billion in 2025.", "article-2", "\"Acme senkt seine Investitionen auf 10 Milliarden Dollar.\"")
            + AcmeYaml.Fact("acme-2024", "acme", "{ value: 8, currency: USD, scale: billion }", "{ year: 2024 }",
                "Acme investierte 2024 8 Mrd. US-Dollar.", "Acme invested $8 billion in 2024.", "article-3", "\"Im Vorjahr waren es 8 Milliarden Dollar.\""));

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
