using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge.Loading;

public class SourceAndSubjectReaderTests
{
    private static KnowledgeLoadResultView Load(string original, string replacement)
    {
        var yaml = OneFact.Replace(KnowledgeYaml.With(KnowledgeYaml.ValidFact), original, replacement);
        return new(yaml, KnowledgeLoader.Load(yaml, "k.yaml"));
    }

    [Fact]
    public void ReadSource_AllFields_AreKept()
    {
        var (_, result) = Load(
            "    publisher: null\n    published: null\n    url: null\n",
            "    publisher: Handelsblatt\n    author: Jane Doe\n    published: 2025-01-15\n    url: https://example.org/a\n    sha256: abc123\n");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var source = Assert.Single(result.Knowledge!.Sources);
        Assert.Equal(new Source("article-1", "Acme baut aus", "Handelsblatt", "Jane Doe", new DateOnly(2025, 1, 15), "https://example.org/a", "acme.txt") { Sha256 = "abc123" }, source);
    }

    [Fact]
    public void ReadSource_ExplicitNulls_AreAbsentValues()
    {
        var (_, result) = Load("title: Acme baut aus", "title: null");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var source = Assert.Single(result.Knowledge!.Sources);
        Assert.Equal(new Source("article-1", null, null, null, null, null, "acme.txt"), source);
    }

    [Theory]
    [InlineData("15.01.2025")]
    [InlineData("2025-02-30")]
    [InlineData("2025-01")]
    public void ReadSource_PublishedNotADate_IsReported(string published)
    {
        var (yaml, result) = Load("published: null", $"published: {published}");

        var error = Assert.Single(result.Errors);
        Assert.Equal($"source 'article-1': published must be a date YYYY-MM-DD or null, not '{published}'", error.Message);
        Assert.Equal(OneFact.LineOf(yaml, "- id: article-1"), error.Line);
        Assert.Null(error.FactId);
    }

    [Fact]
    public void ReadSource_MissingTitle_AsksForAnExplicitNull()
    {
        var (_, result) = Load("    title: Acme baut aus\n", string.Empty);

        var error = Assert.Single(result.Errors);
        Assert.Equal("source 'article-1' is missing the field 'title' (write title: null when the article does not say)", error.Message);
    }

    [Fact]
    public void ReadSource_WithoutId_IsDroppedAndReported()
    {
        var (_, result) = Load("  - id: article-1\n    title:", "  - title:");

        Assert.Contains("source is missing the required field 'id'", OneFact.Messages(result));
        Assert.Contains("unknown source 'article-1'", OneFact.Messages(result));
    }

    [Fact]
    public void ReadSubject_NameByLanguage_KeepsEachLanguage()
    {
        var (_, result) = Load("    name: Acme\n", "    name: { de: Acme Deutschland, en: Acme Germany }\n");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var subject = Assert.Single(result.Knowledge!.Subjects);
        Assert.Equal("Acme Deutschland", subject.Name.In(Language.German));
        Assert.Equal("Acme Germany", subject.Name.In(Language.English));
    }

    [Fact]
    public void ReadSubject_PlainName_IsTheNameInEveryLanguage()
    {
        var (_, result) = Load("    name: Acme\n", "    name: Acme Inc.\n");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var subject = Assert.Single(result.Knowledge!.Subjects);
        Assert.Equal(["Acme Inc."], subject.Name.Texts);
        Assert.True(subject.Name.Has(Language.German));
        Assert.True(subject.Name.Has(Language.English));
        Assert.Equal(["Acme Corp"], subject.Aliases);
        Assert.Empty(subject.Members);
    }

    [Fact]
    public void ReadSubject_WithoutName_IsDroppedAndReported()
    {
        var (_, result) = Load("    name: Acme\n", string.Empty);

        Assert.Contains("subject is missing the required field 'name'", OneFact.Messages(result));
        Assert.Contains("unknown subject 'acme'", OneFact.Messages(result));
    }

    [Fact]
    public void ReadSubject_UnknownKind_ListsTheKinds()
    {
        var (_, result) = Load("kind: company", "kind: planet");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("unknown kind 'planet' (allowed: ", error.Message, StringComparison.Ordinal);
        Assert.True(AllowedWords.In(error.Message).SetEquals(["company", "group", "country", "region", "project", "market", "event", "organisation"]), error.Message);
    }

    [Fact]
    public void ReadSubject_Members_AreKept()
    {
        var (_, result) = Load("    kind: company\n    aliases: [Acme Corp]\n", "    kind: group\n    members: [acme]\n");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(["acme"], Assert.Single(result.Knowledge!.Subjects).Members);
    }

    [Fact]
    public void ReadText_StatementWithOnlyGerman_AsksForEnglish()
    {
        var result = OneFact.LoadWith("      en: Acme invests around $12 billion in 2025.\n", string.Empty);

        var error = Assert.Single(result.Errors);
        Assert.Equal("statement is missing the required field 'en' (German and English are required for now)", error.Message);
        Assert.Equal("acme-2025", error.FactId);
    }

    [Fact]
    public void ReadText_MissingStatement_SaysWhichLanguagesItNeeds()
    {
        var result = OneFact.LoadWith(
            "    statement:\n      de: Acme investiert 2025 rund 12 Mrd. US-Dollar.\n      en: Acme invests around $12 billion in 2025.\n", string.Empty);

        var error = Assert.Single(result.Errors);
        Assert.Equal("missing the required field 'statement' (with 'de' and 'en')", error.Message);
        Assert.Equal("acme-2025", error.FactId);
    }

    [Fact]
    public void ReadText_StatementAsPlainSentence_IsOneError()
    {
        var result = OneFact.LoadWith(
            "    statement:\n      de: Acme investiert 2025 rund 12 Mrd. US-Dollar.\n      en: Acme invests around $12 billion in 2025.\n",
            "    statement: Acme invests around $12 billion in 2025.\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal("statement must be a mapping of keys to values", error.Message);
    }

    [Fact]
    public void ReadText_LabelWithOnlyGerman_AsksForEnglish()
    {
        var result = OneFact.LoadWith("{ year: 2025 }", "{ year: 2025, label: { de: GJ 2025 } }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("label is missing the required field 'en' (German and English are required for now)", error.Message);
    }

    private sealed record KnowledgeLoadResultView(string Yaml, ChatBot.Core.Knowledge.Loading.KnowledgeLoadResult Result);
}
