using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge;

/// <summary>Merging the files of a knowledge folder: which lists must exist somewhere, and where errors are reported.</summary>
public class KnowledgeLoaderMergeTests
{
    private const string SubjectsFile = "subjects:\n  - id: acme\n    name: Acme\n";
    private const string TopicsFile = "topics:\n  - id: data-centers\n    name: { de: Rechenzentren, en: data centres }\n";
    private const string SourcesFile = "sources:\n  - id: article-1\n    title: Acme baut aus\n    publisher: null\n    published: null\n    url: null\n    file: acme.txt\n";
    private static readonly string FactsFile = "facts:\n" + KnowledgeYaml.ValidFact + "\n";

    [Fact]
    public void Load_FolderOfOneFileMissingAList_SaysNoFileHasIt()
    {
        var result = KnowledgeLoader.Load([new KnowledgeFileText("k/all.yaml", SourcesFile + TopicsFile + FactsFile)], "k");

        var error = Assert.Single(result.Errors, e => e.File == "k");
        Assert.Equal(new KnowledgeError("k", 1, null, "no file of the knowledge folder has any subjects"), error);
        Assert.Contains(result.Errors, e => e.File == "k/all.yaml" && e.Message == "unknown subject 'acme'");
    }

    [Fact]
    public void Load_FolderErrorsOfTheFolderItself_ComeBeforeTheFilesErrors()
    {
        var result = KnowledgeLoader.Load([new KnowledgeFileText("k/all.yaml", SourcesFile + TopicsFile + FactsFile)], "k");

        Assert.Equal("k", result.Errors[0].File);
        Assert.All(result.Errors.Skip(1), e => Assert.Equal("k/all.yaml", e.File));
    }

    [Fact]
    public void Load_SingleFileMissingAList_ReportsItOnceAsTheFilesOwn()
    {
        var result = KnowledgeLoader.Load(SourcesFile + TopicsFile + FactsFile, "k.yaml");

        Assert.Contains(result.Errors, e => e.Message == "the knowledge file has no 'subjects' list");
        Assert.DoesNotContain(result.Errors, e => e.Message.StartsWith("no file of the knowledge folder", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FolderWithAnUnreadableFile_DoesNotAlsoSayListsAreMissing()
    {
        var result = KnowledgeLoader.Load([new KnowledgeFileText("k/a.yaml", SubjectsFile), new KnowledgeFileText("k/b.yaml", "sources: [\n")], "k");

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.Equal("k/b.yaml", e.File));
    }

    [Fact]
    public void Load_CompleteFolder_Succeeds()
    {
        var result = KnowledgeLoader.Load(
            [new KnowledgeFileText("k/s.yaml", SubjectsFile), new KnowledgeFileText("k/t.yaml", TopicsFile), new KnowledgeFileText("k/q.yaml", SourcesFile), new KnowledgeFileText("k/f.yaml", FactsFile)],
            "k");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("k", result.Knowledge!.Origin);
        Assert.Equal("k/f.yaml", Assert.Single(result.Knowledge.Facts).File);
    }

    [Fact]
    public void Load_SourceDefinedInTwoFiles_NamesTheFirstFileAndLine()
    {
        var result = KnowledgeLoader.Load(
            [new KnowledgeFileText("k/s.yaml", SubjectsFile + SourcesFile), new KnowledgeFileText("k/t.yaml", TopicsFile), new KnowledgeFileText("k/q.yaml", SourcesFile), new KnowledgeFileText("k/f.yaml", FactsFile)],
            "k");

        var error = Assert.Single(result.Errors);
        Assert.Equal(new KnowledgeError("k/q.yaml", 2, null, "duplicate source id 'article-1' (first defined in k/s.yaml on line 5)"), error);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(1, 1)]
    [InlineData(7, 7)]
    public void Unreadable_File_ContributesOnlyItsErrorOnALineFromOne(int line, int expected)
    {
        var part = KnowledgeFilePart.Unreadable("k/x.yaml", "the file could not be read", line);

        Assert.Equal([new KnowledgeError("k/x.yaml", expected, null, "the file could not be read")], part.Errors);
        Assert.Empty(part.Facts);
        Assert.Empty(part.SourceIds);
        Assert.Equal("k/x.yaml", part.File);
    }

    [Fact]
    public void Unreadable_DefaultLine_IsOne()
    {
        Assert.Equal(1, Assert.Single(KnowledgeFilePart.Unreadable("k/x.yaml", "gone").Errors).Line);
    }

    [Fact]
    public void ReadPart_File_NamesWhatItDefines()
    {
        var part = KnowledgeLoader.ReadPart(SubjectsFile + SourcesFile + TopicsFile + FactsFile, "k/all.yaml");

        Assert.Empty(part.Errors);
        Assert.Equal(["acme"], part.SubjectIds);
        Assert.Equal(["article-1"], part.SourceIds);
        Assert.Equal(["data-centers"], part.TopicIds);
        Assert.Equal("acme-2025", Assert.Single(part.Facts).Id);
    }

    [Fact]
    public void ReadPart_FigureProblem_IsReportedOnlyWhenMerged()
    {
        var facts = FactsFile.Replace("rund 12 Milliarden", "viele Milliarden", StringComparison.Ordinal);
        var part = KnowledgeLoader.ReadPart(SubjectsFile + SourcesFile + TopicsFile + facts, "k/all.yaml");

        var merged = KnowledgeLoader.Merge([part], "k");

        Assert.Empty(part.Errors);
        var error = Assert.Single(merged.Errors);
        Assert.Equal("the quote does not contain the figure 12 (as digits or a number word)", error.Message);
        Assert.Equal("k/all.yaml", error.File);
    }

    [Fact]
    public void Merge_NoParts_IsAnEmptyKnowledge()
    {
        var result = KnowledgeLoader.Merge([], "k");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Knowledge!.Facts);
    }
}
