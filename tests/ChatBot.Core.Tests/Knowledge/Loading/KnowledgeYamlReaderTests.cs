using System.Text;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge.Loading;

public class KnowledgeYamlReaderTests
{
    [Fact]
    public void Load_QuoteAsFoldedBlockScalar_IsReadThroughFallback()
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact.Replace(
            "quote: \"Acme will 2025 rund 12 Milliarden Dollar investieren.\"",
            "quote: >\n      Acme will 2025 rund\n      12 Milliarden Dollar investieren.",
            StringComparison.Ordinal));

        var result = KnowledgeLoader.Load(yaml, "k.yaml");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("Acme will 2025 rund 12 Milliarden Dollar investieren.", Assert.Single(result.Knowledge!.Facts).Quote);
    }

    [Fact]
    public void Load_DuplicateKeyInFact_ReportsKeyAndLine()
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact.Replace("kind: capex", "kind: capex\n    kind: deal", StringComparison.Ordinal));

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("YAML syntax error: duplicate key 'kind'", error.Message);
        Assert.Equal(LineOf(yaml, "kind: deal"), error.Line);
    }

    [Fact]
    public void Load_ManyFactsWithErrors_ReportsTheSameErrorsInLineOrderAsTheFallback()
    {
        var yaml = ManyFacts(3_000);
        var outsideFastSubset = yaml.Replace("title: Acme baut aus", "title: |\n      Acme baut aus", StringComparison.Ordinal);

        var fast = KnowledgeLoader.Load(yaml, "k.yaml").Errors;
        var fallback = KnowledgeLoader.Load(outsideFastSubset, "k.yaml").Errors;

        Assert.Equal(3_000 / 97 + 1 + 3_000 / 89 + 1, fast.Count);
        Assert.Equal(fast.OrderBy(e => e.Line), fast);
        Assert.Equal(fallback.Select(e => e with { Line = e.Line - 1 }), fast);
    }

    // Every 97th fact has an unknown currency and every 89th a quote without its figure.
    private static string ManyFacts(int count)
    {
        var facts = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            facts.Append(KnowledgeYaml.ValidFact
                .Replace("acme-2025", $"acme-{i}", StringComparison.Ordinal)
                .Replace("currency: USD", i % 97 == 0 ? "currency: DOGE" : "currency: USD", StringComparison.Ordinal)
                .Replace("rund 12 Milliarden", i % 89 == 0 ? "viele Milliarden" : "rund 12 Milliarden", StringComparison.Ordinal))
                .Append('\n');
        }

        return KnowledgeYaml.With(facts.ToString());
    }

    private static int LineOf(string text, string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{fragment}' not in the test YAML");
        return text[..index].Count(c => c == '\n') + 1;
    }
}
