namespace ChatBot.TestSupport;

/// <summary>Finds files of the repository the tests run from.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string CuratedKnowledge => Path.Combine(Root, "knowledge", "investments.yaml");

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
