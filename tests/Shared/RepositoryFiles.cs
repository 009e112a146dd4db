using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.TestSupport;

/// <summary>Finds files of the repository the tests run from.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The curated knowledge folder.</summary>
    public static string CuratedKnowledge => Path.Combine(Root, "knowledge");

    /// <summary>The curated knowledge's files, as the host reads them (every *.yaml below the folder, in path order).</summary>
    public static IReadOnlyList<KnowledgeFileText> CuratedKnowledgeTexts() =>
        [.. Directory.EnumerateFiles(CuratedKnowledge, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new KnowledgeFileText(path, File.ReadAllText(path)))];

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ChatBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ChatBot.sln not found above the test output directory");
    }
}
