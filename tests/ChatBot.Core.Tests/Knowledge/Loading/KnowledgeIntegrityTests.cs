using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge.Loading;

/// <summary>Regression tests for knowledge that validated although a user would have been misled or harmed by it.</summary>
public class KnowledgeIntegrityTests
{
    [Fact]
    public void Load_StatementStatesAnotherFigureThanAmountAndQuote_IsReportedPerLanguage()
    {
        var fact = KnowledgeYaml.ValidFact
            .Replace("value: 12", "value: 123", StringComparison.Ordinal)
            .Replace("rund 12 Milliarden", "rund 123 Milliarden", StringComparison.Ordinal);

        var errors = KnowledgeLoader.Load(KnowledgeYaml.With(fact), "k.yaml").Errors;

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Message == "statement.de does not state the figure 123 (as digits or a number word)");
        Assert.Contains(errors, e => e.Message == "statement.en does not state the figure 123 (as digits or a number word)");
    }

    [Fact]
    public void Load_SpendingFactWithoutAmount_IsReported()
    {
        var fact = KnowledgeYaml.ValidFact.Replace("    amount: { value: 12, currency: USD, scale: billion, qualifier: around }\n", "", StringComparison.Ordinal);

        var error = Assert.Single(KnowledgeLoader.Load(KnowledgeYaml.With(fact), "k.yaml").Errors);

        Assert.Equal("a spending fact (kind capex) needs an 'amount'", error.Message);
        Assert.Equal("acme-2025", error.FactId);
    }

    [Fact]
    public void Load_NoteWithoutAmount_IsFine()
    {
        var fact = KnowledgeYaml.ValidFact
            .Replace("kind: capex", "kind: note", StringComparison.Ordinal)
            .Replace("    amount: { value: 12, currency: USD, scale: billion, qualifier: around }\n", "", StringComparison.Ordinal);

        Assert.True(KnowledgeLoader.Load(KnowledgeYaml.With(fact), "k.yaml").Succeeded);
    }

    [Theory]
    [InlineData("en: Acme invests around $12 billion in 2025.", "en: \"Acme invests around \\e[31m$12 billion in 2025.\"")]
    [InlineData("en: Acme invests around $12 billion in 2025.", "en: \"Acme invests \\x07around $12 billion in 2025.\"")]
    [InlineData("topics: [data-centers]", "topics: [\"data-\\x1bcenters\"]")]
    [InlineData("source: article-1", "source: \"article-1\\u0085\"")]
    public void Load_ControlCharacterInValue_IsReported(string original, string broken)
    {
        var errors = KnowledgeLoader.Load(KnowledgeYaml.With(KnowledgeYaml.ValidFact.Replace(original, broken, StringComparison.Ordinal)), "k.yaml").Errors;

        Assert.Contains(errors, e => e.Message.Contains("control character U+", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SecondYamlDocument_IsReportedNotIgnored()
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact) + "\n---\nfacts: []\n";

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Contains("second YAML document", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ year: 2025, until: 2030 }", "period 'until' cannot be combined with 'year'")]
    [InlineData("{ year: 2025, month: 2025-03 }", "period 'year' cannot be combined with 'month'")]
    [InlineData("{ fiscal_year: 2025, half: 1 }", "period 'half' cannot be combined with 'fiscal_year'")]
    [InlineData("{ to: 2030 }", "period 'to' needs 'from'")]
    [InlineData("{ year: 2025, current_year: true }", "period 'current_year' cannot be combined with 'year'")]
    public void Load_PeriodKeyThatWouldBeDropped_IsReported(string period, string expected)
    {
        var fact = KnowledgeYaml.ValidFact.Replace("{ year: 2025 }", period, StringComparison.Ordinal);

        var errors = KnowledgeLoader.Load(KnowledgeYaml.With(fact), "k.yaml").Errors;

        Assert.Contains(errors, e => e.Message == expected);
    }

    [Theory]
    [InlineData("{ year: 2025, label: { de: Jahr 2025, en: year 2025 } }")]
    [InlineData("{ year: 2025, current_year: false }")]
    [InlineData("{ from: 2025, to: 2030 }")]
    [InlineData("{ from: 2025, until: 2030 }")]
    [InlineData("{ year: 2025, quarter: 2 }")]
    public void Load_PeriodKeysThatBelongTogether_AreFine(string period)
    {
        var fact = KnowledgeYaml.ValidFact.Replace("{ year: 2025 }", period, StringComparison.Ordinal);

        var result = KnowledgeLoader.Load(KnowledgeYaml.With(fact), "k.yaml");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("acme-2025", "Acme-2025")]
    [InlineData("acme-2025", "acme_2025")]
    [InlineData("acme-2025", "acme--2025")]
    [InlineData("acme-2025", "acme 2025")]
    [InlineData("acme-2025", "-acme")]
    [InlineData("id: article-1", "id: Artikel-Ä")]
    public void Load_IdNotKebabCase_IsReported(string original, string broken)
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact).Replace(original, broken, StringComparison.Ordinal);

        var errors = KnowledgeLoader.Load(yaml, "k.yaml").Errors;

        Assert.Contains(errors, e => e.Message.Contains("must be kebab-case", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_HugeValueInError_QuotesOnlyAShortExcerpt()
    {
        var huge = new string('x', 5_000_000);
        var fact = KnowledgeYaml.ValidFact.Replace("currency: USD", $"currency: {huge}", StringComparison.Ordinal);

        var errors = KnowledgeLoader.Load(KnowledgeYaml.With(fact), "k.yaml").Errors;

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.True(e.ToString().Length < 600, $"{e.ToString().Length} characters"));
        Assert.Contains(errors, e => e.Message.StartsWith("unknown currency 'xxxx", StringComparison.Ordinal) && e.Message.Contains('…', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(50_000)]
    [InlineData(201)]
    public void Load_DeeplyNestedFlowCollections_IsAnErrorNotAStackOverflow(int depth)
    {
        var yaml = "version: 1\nfacts: " + new string('[', depth) + new string(']', depth) + "\n";

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal(2, error.Line);
        Assert.Contains("nested far too deeply", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- ", 50_000)]
    [InlineData("{a: ", 50_000)]
    [InlineData("[\"]]]]\", ", 50_000)]
    [InlineData("{\"k\":\"]]]]\", x: ", 50_000)]
    public void Load_DeepNestingInOtherShapes_IsAnErrorNotAStackOverflow(string level, int depth)
    {
        var yaml = string.Concat(Enumerable.Repeat(level, depth)) + "x\n";

        var errors = KnowledgeLoader.Load(yaml, "k.yaml").Errors;

        Assert.Contains(errors, e => e.Message.Contains("nested far too deeply", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DeepIndentation_IsAnErrorNotAStackOverflow()
    {
        var yaml = "facts:\n" + string.Concat(Enumerable.Range(1, 3_000).Select(i => new string(' ', i) + "a:\n"));

        var errors = KnowledgeLoader.Load(yaml, "k.yaml").Errors;

        Assert.Contains(errors, e => e.Message.Contains("nested far too deeply", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TextLargerThanLimit_IsRefusedUnparsed()
    {
        var yaml = "# " + new string('x', KnowledgeLimits.MaxFileBytes);

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Contains("larger than 64 MB", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ year: 1989 }")]
    [InlineData("{ from: 2025, to: 2101 }")]
    public void Load_YearOutsideTheBotsYears_IsReportedWithTheRange(string period)
    {
        var fact = KnowledgeYaml.ValidFact.Replace("{ year: 2025 }", period, StringComparison.Ordinal);

        var errors = KnowledgeLoader.Load(KnowledgeYaml.With(fact), "k.yaml").Errors;

        Assert.Contains(errors, e => e.Message.Contains($"must be a year from {Years.Min} to {Years.Max}", StringComparison.Ordinal));
    }
}
