using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;
using ChatBot.Core.Knowledge.Loading.Yaml;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge.Loading;

public class TopicReaderTests
{
    private const string TopicsWithKinds = """
        topics:
          - id: data-centers
            name: { de: Rechenzentren, en: data centres }
            terms: [rechenzentr]
            kinds: [data_centers, capex]
          - id: usa
            name: { de: USA, en: United States }
            terms: [usa]
        """;

    [Fact]
    public void Load_TopicWithKinds_ReadsKindsInOrder()
    {
        var knowledge = LoadTopics(TopicsWithKinds);

        Assert.Equal([FactKind.DataCenters, FactKind.Capex], knowledge.FindTopic("data-centers")!.Kinds);
        Assert.Empty(knowledge.FindTopic("usa")!.Kinds);
    }

    [Fact]
    public void Load_KindsThatOnlyYamlDotNetReads_ReadsTheSameKinds()
    {
        // An anchor is outside the hand-written parser's subset, so this file is read by the YamlDotNet fallback.
        var topics = TopicsWithKinds.Replace("kinds: [data_centers, capex]", "kinds: &spending [data_centers, capex]", StringComparison.Ordinal);
        Assert.False(FastYamlParser.TryParse(Header(topics), out _));

        var knowledge = LoadTopics(topics);

        Assert.Equal([FactKind.DataCenters, FactKind.Capex], knowledge.FindTopic("data-centers")!.Kinds);
    }

    [Fact]
    public void Load_KindsAsBlockList_ReadsKinds()
    {
        var topics = TopicsWithKinds.Replace("kinds: [data_centers, capex]", "kinds:\n      - education\n      - deal", StringComparison.Ordinal);

        var knowledge = LoadTopics(topics);

        Assert.Equal([FactKind.Education, FactKind.Deal], knowledge.FindTopic("data-centers")!.Kinds);
    }

    [Fact]
    public void Load_RepeatedKind_KeepsItOnce()
    {
        var knowledge = LoadTopics(TopicsWithKinds.Replace("[data_centers, capex]", "[capex, capex]", StringComparison.Ordinal));

        Assert.Equal([FactKind.Capex], knowledge.FindTopic("data-centers")!.Kinds);
    }

    [Fact]
    public void Load_UnknownKind_ReportsFileLineAndTopicId()
    {
        var topics = TopicsWithKinds.Replace("kinds: [data_centers, capex]", "kinds:\n      - data_centers\n      - datacentres", StringComparison.Ordinal);
        var yaml = Header(topics);

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "topics.yaml").Errors);

        Assert.Equal("topics.yaml", error.File);
        Assert.Equal(LineOf(yaml, "- datacentres"), error.Line);
        Assert.Contains("unknown kind 'datacentres' in topic 'data-centers'", error.Message, StringComparison.Ordinal);
        Assert.Contains("allowed:", error.Message, StringComparison.Ordinal);
        Assert.Contains("data_centers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKindInFolderFile_NamesThatFile()
    {
        var topics = TopicsWithKinds.Replace("capex]", "capital]", StringComparison.Ordinal);
        var facts = KnowledgeYaml.With(KnowledgeYaml.ValidFact).Replace(KnowledgeYaml.Header[KnowledgeYaml.Header.IndexOf("topics:", StringComparison.Ordinal)..KnowledgeYaml.Header.IndexOf("subjects:", StringComparison.Ordinal)], "", StringComparison.Ordinal);

        var result = KnowledgeLoader.Load([new KnowledgeFileText("topics.yaml", topics), new KnowledgeFileText("facts.yaml", facts)], "knowledge");

        var error = Assert.Single(result.Errors);
        Assert.Equal("topics.yaml", error.File);
        Assert.Equal(LineOf(topics, "kinds:"), error.Line);
        Assert.Contains("unknown kind 'capital' in topic 'data-centers'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_KindsNotAList_IsAnError()
    {
        var yaml = Header(TopicsWithKinds.Replace("kinds: [data_centers, capex]", "kinds: { a: b }", StringComparison.Ordinal));

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors);

        Assert.Contains("'kinds' in topic must be a list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CuratedTopics_MapEveryKindTopic()
    {
        var knowledge = KnowledgeLoader.Load(RepositoryFiles.CuratedKnowledgeTexts(), RepositoryFiles.CuratedKnowledge).Knowledge!;

        Assert.Equal([FactKind.DataCenters], knowledge.FindTopic("data-centers")!.Kinds);
        Assert.Equal([FactKind.Deal], knowledge.FindTopic("deals")!.Kinds);
        Assert.Equal([FactKind.Model], knowledge.FindTopic("models")!.Kinds);
        Assert.Empty(knowledge.FindTopic("usa")!.Kinds);
    }

    private static KnowledgeBase LoadTopics(string topics)
    {
        var result = KnowledgeLoader.Load(Header(topics), "k.yaml");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Knowledge!;
    }

    // The fixture's own topics replaced by the given ones, keeping its one valid fact.
    private static string Header(string topics)
    {
        var header = KnowledgeYaml.With(KnowledgeYaml.ValidFact);
        var start = header.IndexOf("topics:", StringComparison.Ordinal);
        var end = header.IndexOf("subjects:", StringComparison.Ordinal);
        return header[..start] + topics + "\n" + header[end..];
    }

    private static int LineOf(string text, string fragment) =>
        text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
