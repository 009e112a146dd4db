using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge.Loading;

/// <summary>The top level of a knowledge file: its version and its lists.</summary>
public class KnowledgeFileRootTests
{
    [Fact]
    public void Read_Version1_IsFine()
    {
        Assert.True(KnowledgeLoader.Load(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "k.yaml").Succeeded);
    }

    [Fact]
    public void Read_NoVersion_IsFine()
    {
        var yaml = OneFact.Replace(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "version: 1\n", string.Empty);

        Assert.True(KnowledgeLoader.Load(yaml, "k.yaml").Succeeded);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public void Read_OtherVersion_IsRefused(int version)
    {
        var yaml = OneFact.Replace(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "version: 1\n", $"version: {version}\n");

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal($"unsupported version {version} (this bot reads version 1)", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Theory]
    [InlineData("sources")]
    [InlineData("subjects")]
    [InlineData("facts")]
    public void Read_SingleFileWithoutARequiredList_NamesTheList(string list)
    {
        var yaml = $"version: 1\n{list}: []\n";
        var expected = new[] { "sources", "subjects", "facts" }.Where(l => l != list).Select(l => $"the knowledge file has no '{l}' list");

        var errors = KnowledgeLoader.Load(yaml, "k.yaml").Errors;

        Assert.Equal(expected, errors.Select(e => e.Message));
    }

    [Fact]
    public void Read_SingleFileWithoutTopics_IsFine()
    {
        var yaml = OneFact.Replace(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "topics:\n  - id: data-centers\n    name: { de: Rechenzentren, en: data centres }\n    terms: [rechenzentr]\n", string.Empty);
        yaml = OneFact.Replace(yaml, "topics: [data-centers]", "topics: []");

        var result = KnowledgeLoader.Load(yaml, "k.yaml");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    [Fact]
    public void ReadPart_FileOfAFolderWithoutSomeLists_HasNoErrorOfItsOwn()
    {
        var part = KnowledgeLoader.ReadPart("topics:\n  - id: data-centers\n    name: { de: Rechenzentren, en: data centres }\n", "topics.yaml");

        Assert.Empty(part.Errors);
        Assert.Equal(["data-centers"], part.TopicIds);
        Assert.Empty(part.SourceIds);
        Assert.Empty(part.SubjectIds);
        Assert.Empty(part.Facts);
    }

    [Theory]
    [InlineData("sources: 5\n", "sources")]
    [InlineData("sources: { id: a }\n", "sources")]
    [InlineData("topics: text\n", "topics")]
    public void Read_ListThatIsNoList_SaysItMustBeAList(string line, string key)
    {
        var part = KnowledgeLoader.ReadPart(line, "part.yaml");

        var error = Assert.Single(part.Errors);
        Assert.Equal($"'{key}' must be a list (each entry starting with '- ')", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Read_NullList_IsAnEmptyList()
    {
        var part = KnowledgeLoader.ReadPart("sources: null\nfacts:\n", "part.yaml");

        Assert.Empty(part.Errors);
    }

    [Fact]
    public void Read_RootThatIsAList_IsOneErrorNotAlsoMissingLists()
    {
        var error = Assert.Single(KnowledgeLoader.Load("- a\n- b\n", "k.yaml").Errors);

        Assert.Equal("the knowledge file must be a mapping of keys to values", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Read_UnknownRootKey_ListsTheAllowedOnes()
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact) + "\nextra: 1\n";

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("unknown key 'extra' in the knowledge file (allowed: version, sources, topics, subjects, facts)", error.Message);
        Assert.Equal(OneFact.LineOf(yaml, "extra: 1"), error.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n\n")]
    public void Read_NothingButComments_IsEmpty(string yaml)
    {
        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("the knowledge file is empty", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Read_TextOfExactlyTheSizeLimit_IsParsed()
    {
        var yaml = "#" + new string(' ', KnowledgeLimits.MaxFileBytes - 1);

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("the knowledge file is empty", error.Message);
    }

    [Fact]
    public void Read_TextOneOverTheSizeLimit_IsRefusedOnLineOne()
    {
        var yaml = "#" + new string(' ', KnowledgeLimits.MaxFileBytes);

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Equal("the knowledge file is larger than 64 MB", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Read_TooDeep_IsReportedOnTheDeepLineAndNothingIsRead()
    {
        var yaml = KnowledgeYaml.With(KnowledgeYaml.ValidFact) + "# end\nextra: " + new string('[', 300) + "\n";

        var part = KnowledgeLoader.ReadPart(yaml, "k.yaml", partOfFolder: false);

        var error = Assert.Single(part.Errors);
        Assert.Equal("lists and mappings are nested far too deeply here for a knowledge file (check for unclosed [ or {)", error.Message);
        Assert.Equal(OneFact.LineOf(yaml, "extra:"), error.Line);
        Assert.Empty(part.Facts);
    }
}
