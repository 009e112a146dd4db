using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge;

public class KnowledgeLoaderFolderTests
{
    private const string Subjects = """
        subjects:
          - id: acme
            name: Acme
            kind: company
            aliases: [Acme Corp]
        """;

    private const string Topics = """
        topics:
          - id: data-centers
            name: { de: Rechenzentren, en: data centres }
            terms: [rechenzentr]
        """;

    private const string Source = """
        sources:
          - id: article-1
            title: Acme baut aus
            publisher: null
            published: null
            url: null
            file: acme.txt
        facts:
        """;

    [Fact]
    public void Load_FilesSplitByList_MergesIntoOneKnowledge()
    {
        var result = KnowledgeLoader.Load(Folder(Source + "\n" + KnowledgeYaml.ValidFact), "k");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var fact = Assert.Single(result.Knowledge!.Facts);
        Assert.Equal("k/sources/article-1.yaml", fact.File);
        Assert.Equal(9, fact.Line);
        Assert.Equal("k", result.Knowledge.Origin);
        Assert.NotNull(result.Knowledge.FindSubject("acme"));
        Assert.NotNull(result.Knowledge.FindTopic("data-centers"));
    }

    [Fact]
    public void Load_FactIdRepeatedInAnotherFile_NamesBothFilesAndLines()
    {
        var files = Folder(Source + "\n" + KnowledgeYaml.ValidFact)
            .Append(new KnowledgeFileText("k/sources/article-2.yaml", "facts:\n" + KnowledgeYaml.ValidFact))
            .ToList();

        var error = Assert.Single(KnowledgeLoader.Load(files, "k").Errors);

        Assert.Equal("k/sources/article-2.yaml", error.File);
        Assert.Equal(2, error.Line);
        Assert.Equal("acme-2025", error.FactId);
        Assert.Equal("duplicate fact id 'acme-2025' (first defined in k/sources/article-1.yaml on line 9)", error.Message);
    }

    [Fact]
    public void Load_UnknownSubjectInOneFile_ReportsThatFileLineAndId()
    {
        var files = Folder(Source + "\n" + KnowledgeYaml.ValidFact.Replace("subject: acme", "subject: acne", StringComparison.Ordinal));

        var error = Assert.Single(KnowledgeLoader.Load(files, "k").Errors);

        Assert.Equal("k/sources/article-1.yaml:9: fact 'acme-2025': unknown subject 'acne'", error.ToString());
    }

    [Fact]
    public void Load_ErrorsInSeveralFiles_ListsThemFileByFileInFolderOrder()
    {
        var files = Folder(Source + "\n" + KnowledgeYaml.ValidFact.Replace("kind: capex", "kind: [capex", StringComparison.Ordinal));
        files[0] = files[0] with { Text = "subjects: [broken" };

        var errors = KnowledgeLoader.Load(files, "k").Errors;

        Assert.Equal(["k/subjects.yaml", "k/sources/article-1.yaml"], errors.Select(e => e.File).Distinct());
        Assert.All(errors, e => Assert.True(e.Line >= 1));
    }

    [Fact]
    public void Load_NoFileHasFacts_SaysSo()
    {
        var files = Folder(Source);

        var error = Assert.Single(KnowledgeLoader.Load(files, "k").Errors);

        Assert.Equal("k", error.File);
        Assert.Contains("any facts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyFileInFolder_IsAnErrorNotAnEmptyPart()
    {
        var files = Folder(Source + "\n" + KnowledgeYaml.ValidFact);
        files.Add(new KnowledgeFileText("k/sources/half-written.yaml", ""));

        var error = Assert.Single(KnowledgeLoader.Load(files, "k").Errors);

        Assert.Equal("k/sources/half-written.yaml", error.File);
    }

    [Fact]
    public void Merge_ReusedPartsAndOneChangedPart_EqualsAFreshLoad()
    {
        var files = Folder(Source + "\n" + KnowledgeYaml.ValidFact);
        var parts = files.Select(f => KnowledgeLoader.ReadPart(f.Text, f.File)).ToList();
        var changed = files[2] with { Text = files[2].Text.Replace("value: 12", "value: 13", StringComparison.Ordinal).Replace("12 Milliarden", "13 Milliarden", StringComparison.Ordinal) };
        parts[2] = KnowledgeLoader.ReadPart(changed.Text, changed.File);

        var merged = KnowledgeLoader.Merge(parts, "k");

        Assert.True(merged.Succeeded, string.Join("; ", merged.Errors));
        Assert.Equal(13m, merged.Knowledge!.FindFact("acme-2025")!.Amount!.Min);
    }

    [Fact]
    public void Load_SingleFileWithoutSubjects_StillRequiresTheList()
    {
        var result = KnowledgeLoader.Load(Source + "\n" + KnowledgeYaml.ValidFact, "one.yaml");

        Assert.Contains(result.Errors, e => e.Message.Contains("no 'subjects' list", StringComparison.Ordinal));
    }

    private static List<KnowledgeFileText> Folder(string sourceFile) =>
    [
        new("k/subjects.yaml", Subjects),
        new("k/topics.yaml", Topics),
        new("k/sources/article-1.yaml", sourceFile),
    ];
}
