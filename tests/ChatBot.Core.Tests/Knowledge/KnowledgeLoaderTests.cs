using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge;

public class KnowledgeLoaderTests
{
    [Fact]
    public void Load_CuratedFolder_HasNoErrorsAndAtLeast35Facts()
    {
        var result = KnowledgeLoader.Load(RepositoryFiles.CuratedKnowledgeTexts(), RepositoryFiles.CuratedKnowledge);

        Assert.Empty(result.Errors);
        Assert.True(result.Knowledge!.Facts.Count >= 35, $"only {result.Knowledge.Facts.Count} facts");
    }

    [Fact]
    public void Load_ValidFile_BuildsFactWithAmountPeriodAndLine()
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact);

        var result = KnowledgeLoader.Load(yaml, "k.yaml");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var fact = Assert.Single(result.Knowledge!.Facts);
        Assert.Equal(new Amount(12, 12, Unit.Money, "USD", Scale.Billion, Qualifier.Around), fact.Amount);
        Assert.Equal(PeriodKind.Year, fact.Period.Kind);
        Assert.Equal(2025, fact.Period.Year);
        Assert.Equal(LineOf(yaml, "- id: acme-2025"), fact.Line);
    }

    [Fact]
    public void Load_YamlSyntaxError_ReportsFileAndLine()
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact.Replace("kind: capex", "kind: [capex", StringComparison.Ordinal));

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("k.yaml", error.File);
        Assert.Contains("YAML syntax error", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, LineOf(yaml, "kind: [capex"), LineOf(yaml, "kind: [capex") + 2);
    }

    [Fact]
    public void Load_UnknownKey_ReportsKeyLineAndFactId()
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact.Replace("kind: capex", "kind: capex\n    colour: blue", StringComparison.Ordinal));

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("acme-2025", error.FactId);
        Assert.Equal(LineOf(yaml, "colour: blue"), error.Line);
        Assert.Contains("unknown key 'colour'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    subject: acme\n", "subject")]
    [InlineData("    source: article-1\n", "source")]
    [InlineData("    quote: \"Acme will 2025 rund 12 Milliarden Dollar investieren.\"", "quote")]
    public void Load_MissingRequiredField_NamesFieldAndFact(string removed, string field)
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact.Replace(removed, string.Empty, StringComparison.Ordinal));

        var errors = KnowledgeLoader.Load(yaml, "k.yaml").Errors;

        var error = Assert.Single(errors, e => e.Message.Contains($"'{field}'", StringComparison.Ordinal));
        Assert.Equal("acme-2025", error.FactId);
        Assert.Equal(LineOf(yaml, "- id: acme-2025"), error.Line);
    }

    [Theory]
    [InlineData("    publisher: null\n")]
    [InlineData("    published: null\n")]
    [InlineData("    url: null\n")]
    public void Load_SourceWithoutExplicitMetadata_IsReported(string removed)
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact).Replace(removed, string.Empty, StringComparison.Ordinal);

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Contains($"source 'article-1' is missing the field '{removed.Trim().Split(':')[0]}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateFactId_ReportsSecondOccurrenceWithFirstLine()
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact + "\n" + KnowledgeYaml.ValidFact);

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("acme-2025", error.FactId);
        Assert.Contains("duplicate fact id 'acme-2025'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"line {LineOf(yaml, "- id: acme-2025")}", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > LineOf(yaml, "- id: acme-2025"));
    }

    [Theory]
    [InlineData("source: article-1", "source: article-9", "unknown source 'article-9'")]
    [InlineData("subject: acme", "subject: globex", "unknown subject 'globex'")]
    [InlineData("topics: [data-centers]", "topics: [quantum]", "unknown topic 'quantum'")]
    public void Load_UnknownReference_IsReported(string original, string broken, string expected)
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact.Replace(original, broken, StringComparison.Ordinal));

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("acme-2025", error.FactId);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MinGreaterThanMax_IsReported()
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact.Replace("value: 12,", "min: 14, max: 12,", StringComparison.Ordinal));

        var errors = KnowledgeLoader.Load(yaml, "k.yaml").Errors;

        Assert.Contains(errors, e => e.FactId == "acme-2025" && e.Message.Contains("min (14) is greater than max (12)", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownCurrency_IsReported()
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact.Replace("currency: USD", "currency: DOGE", StringComparison.Ordinal));

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Contains("unknown currency 'DOGE'", error.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(yaml, "amount:"), error.Line);
    }

    [Fact]
    public void Load_QuoteWithoutFigure_IsReported()
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact.Replace("rund 12 Milliarden", "viele Milliarden", StringComparison.Ordinal));

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("acme-2025", error.FactId);
        Assert.Contains("does not contain the figure 12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKindAndBadPeriod_AllErrorsReportedAtOnce()
    {
        var broken = KnowledgeYaml.ValidFact
            .Replace("kind: capex", "kind: bribe", StringComparison.Ordinal)
            .Replace("period: { year: 2025 }", "period: { year: 2025, quarter: 7 }", StringComparison.Ordinal)
            .Replace("source: article-1", "source: article-2", StringComparison.Ordinal);
        var yaml = KnowledgeYaml.With(broken);

        var errors = KnowledgeLoader.Load(yaml, "k.yaml").Errors;

        Assert.Contains(errors, e => e.Message.Contains("unknown kind 'bribe'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("quarter must be 1 to 4", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("unknown source 'article-2'", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal("acme-2025", e.FactId));
    }

    [Fact]
    public void Load_AliasUsedByTwoSubjects_IsReported()
    {
        var yaml = KnowledgeYaml.Header.Replace(
            "    aliases: [Acme Corp]",
            "    aliases: [Acme Corp]\n  - id: globex\n    name: Globex\n    kind: company\n    aliases: [acme corp]",
            StringComparison.Ordinal) + KnowledgeYaml.ValidFact;

        var errors = KnowledgeLoader.Load(yaml, "k.yaml").Errors;

        Assert.Contains(errors, e => e.Message.Contains("alias 'acme corp' of subject 'globex' is already used by subject 'acme'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_EmptyText_IsAnError()
    {
        var error = Assert.Single(KnowledgeLoader.Load(string.Empty, "k.yaml").Errors);

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_ToString_NamesFileLineAndFact()
    {
        var error = new KnowledgeError("k.yaml", 42, "acme-2025", "unknown currency 'DOGE'");

        Assert.Equal("k.yaml:42: fact 'acme-2025': unknown currency 'DOGE'", error.ToString());
    }

    private static int LineOf(string text, string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{fragment}' not in the test YAML");
        return text[..index].Count(c => c == '\n') + 1;
    }
}
