using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge.Loading;

/// <summary>Wrong shapes and types in a fact, each reported with what was expected.</summary>
public class MappingReaderTests
{
    [Theory]
    [InlineData("source: article-1", "source: [article-1, article-2]", "'source' in fact must be a single value")]
    [InlineData("source: article-1", "source: { id: article-1 }", "'source' in fact must be a single value")]
    [InlineData("topics: [data-centers]", "topics: data-centers", "'topics' in fact must be a list, e.g. [a, b]")]
    [InlineData("topics: [data-centers]", "topics: [data-centers, \"\"]", "'topics' in fact must contain plain text values")]
    [InlineData("topics: [data-centers]", "topics: [data-centers, [x]]", "'topics' in fact must contain plain text values")]
    [InlineData("subject: acme", "subject: \"   \"", "fact is missing the required field 'subject'")]
    [InlineData("subject: acme", "subject: null", "fact is missing the required field 'subject'")]
    [InlineData("kind: capex", "kind: null", "fact is missing the required field 'kind'")]
    [InlineData("kind: capex", "colour: red", "fact is missing the required field 'kind'")]
    [InlineData("kind: capex", "kind: dragon", "unknown kind 'dragon'")]
    [InlineData("kind: capex", "kind: capex\n    colour: red", "unknown key 'colour' in fact (allowed: id, subject, related, kind, topics, amount, period, statement, source, quote, announced)")]
    public void Read_WrongShape_ReportsWhatWasExpected(string original, string broken, string expected)
    {
        var result = OneFact.LoadWith(original, broken);

        Assert.Contains(result.Errors, e => e.Message.StartsWith(expected, StringComparison.Ordinal) && e.FactId == "acme-2025");
    }

    [Fact]
    public void Read_WrongTypeInBlockField_IsReportedOnTheValuesLine()
    {
        var yaml = OneFact.Yaml("topics: [data-centers]", "topics:\n      data: centers");

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("'topics' in fact must be a list, e.g. [a, b]", error.Message);
        Assert.Equal(OneFact.LineOf(yaml, "data: centers"), error.Line);
    }

    [Fact]
    public void Read_UnknownKey_IsReportedOnItsOwnLine()
    {
        var yaml = OneFact.Yaml("kind: capex", "kind: capex\n    colour: red");

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal(OneFact.LineOf(yaml, "colour: red"), error.Line);
    }

    [Fact]
    public void Read_UnknownKind_IsNotAlsoReportedAsMissing()
    {
        var result = OneFact.LoadWith("kind: capex", "kind: dragon");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("unknown kind 'dragon' (allowed: ", error.Message, StringComparison.Ordinal);
        Assert.True(AllowedWords.In(error.Message).SetEquals(Enum.GetNames<FactKind>().Select(n => KnowledgeVocabularyName(n))));
    }

    [Fact]
    public void Read_FactThatIsNoMapping_IsOneErrorNotOnePerMissingField()
    {
        var yaml = KnowledgeYaml.With("  - just a sentence\n");

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("fact must be a mapping of keys to values", error.Message);
        Assert.Null(error.FactId);
    }

    [Fact]
    public void Read_FactWithoutId_IsReportedWithoutAFactId()
    {
        var result = OneFact.LoadWith("  - id: acme-2025\n    subject: acme", "  - subject: acme");

        var error = Assert.Single(result.Errors);
        Assert.Equal("fact is missing the required field 'id'", error.Message);
        Assert.Null(error.FactId);
    }

    [Fact]
    public void Read_ValueWithSurroundingSpaces_IsTrimmed()
    {
        var fact = OneFact.Loaded(OneFact.LoadWith("source: article-1", "source: \"  article-1 \""));

        Assert.Equal("article-1", fact.SourceId);
    }

    [Fact]
    public void Read_ListValues_AreTrimmedAndKeptInOrder()
    {
        var fact = OneFact.Loaded(OneFact.LoadWith("    subject: acme\n", "    subject: acme\n    related: [\" acme \", acme]\n"));

        Assert.Equal(["acme", "acme"], fact.Related);
    }

    [Theory]
    [InlineData("topics: null")]
    [InlineData("topics: []")]
    public void Read_NullOrEmptyList_IsEmpty(string topics)
    {
        var fact = OneFact.Loaded(OneFact.LoadWith("topics: [data-centers]", topics));

        Assert.Empty(fact.Topics);
    }

    private static string KnowledgeVocabularyName(string enumName) =>
        ChatBot.Core.Knowledge.Loading.KnowledgeVocabulary.NameOf(Enum.Parse<FactKind>(enumName));
}
