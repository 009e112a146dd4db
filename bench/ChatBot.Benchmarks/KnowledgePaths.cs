namespace ChatBot.Benchmarks;

internal static class KnowledgePaths
{
    /// <summary>The curated file, found from the repository root above the benchmark's working directory.</summary>
    public static string Curated { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "knowledge", "investments.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "knowledge", "investments.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("knowledge/investments.yaml not found above the working directory");
    }
}
