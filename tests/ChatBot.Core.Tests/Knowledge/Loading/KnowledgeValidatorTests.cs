using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge.Loading;

public class KnowledgeValidatorTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("7")]
    [InlineData("a1-b2")]
    [InlineData("acme-2025-q1")]
    public void Validate_KebabCaseFactId_IsFine(string id)
    {
        var fact = OneFact.Loaded(OneFact.LoadWith("id: acme-2025", $"id: {id}"));

        Assert.Equal(id, fact.Id);
    }

    [Theory]
    [InlineData("acme-")]
    [InlineData("-acme")]
    [InlineData("-")]
    [InlineData("acme--2025")]
    [InlineData("Acme")]
    [InlineData("acme_2025")]
    [InlineData("acme.2025")]
    [InlineData("äcme")]
    [InlineData("acme/2025")]
    public void Validate_FactIdNotKebabCase_NamesTheIdAndTheRule(string id)
    {
        var result = OneFact.LoadWith("id: acme-2025", $"id: \"{id}\"");

        var error = Assert.Single(result.Errors);
        Assert.Equal($"fact id '{id}' must be kebab-case: lower-case letters and digits joined by single hyphens", error.Message);
        Assert.Equal(id, error.FactId);
    }

    [Theory]
    [InlineData("- id: article-1", "- id: Article-1", "source")]
    [InlineData("- id: data-centers", "- id: data_centers", "topic")]
    [InlineData("- id: acme\n", "- id: ACME\n", "subject")]
    public void Validate_OtherIdNotKebabCase_NamesWhatItIdentifies(string original, string broken, string what)
    {
        var yaml = OneFact.Replace(KnowledgeYaml.With(KnowledgeYaml.ValidFact), original, broken);

        var errors = KnowledgeLoader.Load(yaml, "k.yaml").Errors;

        var id = broken.Trim()[6..];
        var error = Assert.Single(errors, e => e.Message.Contains("kebab-case", StringComparison.Ordinal));
        Assert.Equal($"{what} id '{id}' must be kebab-case: lower-case letters and digits joined by single hyphens", error.Message);
        Assert.Null(error.FactId);
        Assert.Equal(OneFact.LineOf(yaml, broken), error.Line);
    }

    [Fact]
    public void Validate_DuplicateSource_IsReportedWithoutAFactId()
    {
        var source = "  - id: article-1\n    title: Noch einmal\n    publisher: null\n    published: null\n    url: null\n";
        var yaml = OneFact.Replace(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "topics:\n", source + "topics:\n");

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal($"duplicate source id 'article-1' (first defined on line {OneFact.LineOf(yaml, "- id: article-1")})", error.Message);
        Assert.Null(error.FactId);
        Assert.Equal(OneFact.LineOf(yaml, "title: Noch einmal") - 1, error.Line);
    }

    [Theory]
    [InlineData("investment")]
    [InlineData("capex")]
    [InlineData("budget")]
    [InlineData("data_centers")]
    public void Validate_SpendingKindWithoutAmount_NamesTheKind(string kind)
    {
        var fact = OneFact.Replace(KnowledgeYaml.ValidFact, "kind: capex", $"kind: {kind}");
        fact = OneFact.Replace(fact, "    amount: { value: 12, currency: USD, scale: billion, qualifier: around }\n", string.Empty);

        var error = Assert.Single(KnowledgeLoader.Load(KnowledgeYaml.With(fact), "k.yaml").Errors);

        Assert.Equal($"a spending fact (kind {kind}) needs an 'amount'", error.Message);
    }

    [Theory]
    [InlineData("deal")]
    [InlineData("estimate")]
    [InlineData("regulation")]
    public void Validate_OtherKindWithoutAmount_IsFine(string kind)
    {
        var fact = OneFact.Replace(KnowledgeYaml.ValidFact, "kind: capex", $"kind: {kind}");
        fact = OneFact.Replace(fact, "    amount: { value: 12, currency: USD, scale: billion, qualifier: around }\n", string.Empty);

        Assert.True(KnowledgeLoader.Load(KnowledgeYaml.With(fact), "k.yaml").Succeeded);
    }

    [Fact]
    public void Validate_UnknownRelatedSubject_IsReported()
    {
        var result = OneFact.LoadWith("    subject: acme\n", "    subject: acme\n    related: [acme, globex]\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal("unknown related subject 'globex'", error.Message);
        Assert.Equal("acme-2025", error.FactId);
    }

    [Fact]
    public void Validate_KnownRelatedSubject_IsKept()
    {
        var fact = OneFact.Loaded(OneFact.LoadWith("    subject: acme\n", "    subject: acme\n    related: [acme]\n"));

        Assert.Equal(["acme"], fact.Related);
    }

    [Fact]
    public void Validate_UnknownGroupMember_IsReportedOnTheGroup()
    {
        var yaml = OneFact.Replace(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "    aliases: [Acme Corp]\n", "    aliases: [Acme Corp]\n    members: [acme, globex]\n");

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("subject 'acme' lists unknown member 'globex'", error.Message);
        Assert.Equal(OneFact.LineOf(yaml, "- id: acme\n"), error.Line);
        Assert.Null(error.FactId);
    }

    [Fact]
    public void Validate_AliasOfAnotherSubjectAfterFolding_IsReported()
    {
        var other = "  - id: globex\n    name: Globex\n    aliases: [\"ACME corp!\"]\nfacts:\n";
        var yaml = OneFact.Replace(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "facts:\n", other);

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("alias 'ACME corp!' of subject 'globex' is already used by subject 'acme'", error.Message);
        Assert.Equal(OneFact.LineOf(yaml, "- id: globex"), error.Line);
    }

    [Fact]
    public void Validate_NameRepeatedAsOwnAlias_IsFine()
    {
        var yaml = OneFact.Replace(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "aliases: [Acme Corp]", "aliases: [Acme Corp, ACME, acme corp]");

        Assert.True(KnowledgeLoader.Load(yaml, "k.yaml").Succeeded);
    }

    [Fact]
    public void Validate_AliasesWithoutWords_NeverClash()
    {
        var other = "  - id: globex\n    name: Globex\n    aliases: [\"!!!\"]\nfacts:\n";
        var yaml = OneFact.Replace(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "aliases: [Acme Corp]", "aliases: [Acme Corp, \"!!!\"]");
        yaml = OneFact.Replace(yaml, "facts:\n", other);

        var result = KnowledgeLoader.Load(yaml, "k.yaml");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Validate_SeveralProblems_AreAllReportedInLineOrder()
    {
        var fact = OneFact.Replace(KnowledgeYaml.ValidFact, "subject: acme", "subject: globex");
        fact = OneFact.Replace(fact, "source: article-1", "source: article-9");
        fact = OneFact.Replace(fact, "rund 12 Milliarden", "viele Milliarden");

        var errors = KnowledgeLoader.Load(KnowledgeYaml.With(fact), "k.yaml").Errors;

        Assert.Equal(
            ["unknown subject 'globex'", "unknown source 'article-9'", "the quote does not contain the figure 12 (as digits or a number word)"],
            errors.Select(e => e.Message));
    }
}
