using ChatBot.KnowledgeFiles;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.KnowledgeFiles;

public class KnowledgeFolderTests
{
    [Fact]
    public void Files_Folder_ListsYamlRecursivelyInPathOrderWithoutDraftsHiddenOrOtherFiles()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "sources"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "drafts"));
        Directory.CreateDirectory(Path.Combine(temp.Path, ".git"));
        var subjects = temp.Write("subjects.yaml", "");
        var source = temp.Write("sources/b.yaml", "");
        var other = temp.Write("sources/a.yaml", "");
        temp.Write("drafts/new.yaml", "");
        temp.Write(".git/x.yaml", "");
        temp.Write("sources/.b.yaml.tmp-1", "");
        temp.Write(".hidden.yaml", "");
        temp.Write("README.md", "");
        temp.Write("notes.yml", "");

        var files = KnowledgeFolder.Files(temp.Path);

        Assert.Equal([other, source, subjects], files);
    }

    [Fact]
    public void Files_File_IsJustThatFile()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("one.yaml", "");

        Assert.Equal([file], KnowledgeFolder.Files(file));
    }

    [Fact]
    public void Resolve_NoExplicitPath_FindsKnowledgeFolderInAParent()
    {
        using var temp = new TempDirectory();
        var folder = temp.CopyCuratedKnowledge();
        var below = Directory.CreateDirectory(Path.Combine(temp.Path, "a", "b")).FullName;

        Assert.Equal(folder, KnowledgeFileLocator.Resolve(explicitPath: null, below));
    }

    [Fact]
    public void Resolve_ExplicitFolderWithTrailingSlash_GivesTheFolder()
    {
        using var temp = new TempDirectory();
        var folder = temp.CopyCuratedKnowledge();

        Assert.Equal(folder, KnowledgeFileLocator.Resolve("knowledge/", temp.Path));
    }

    [Fact]
    public void ShippedCopy_NextToTheProgram_LoadsLikeTheRepositoryFolder()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "knowledge");

        var result = KnowledgeFile.Load(shipped);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(KnowledgeFile.Load(RepositoryFiles.CuratedKnowledge).Knowledge!.Facts.Count, result.Knowledge!.Facts.Count);
    }
}
