using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Benchmarks;

internal static class KnowledgePaths
{
    /// <summary>The curated knowledge folder, found from the repository root above the benchmark's working directory.</summary>
    public static string Curated { get; } = Find();

    /// <summary>The curated folder's files as the host reads them (every *.yaml below it, in path order).</summary>
    public static IReadOnlyList<KnowledgeFileText> CuratedTexts() =>
        [.. Directory.EnumerateFiles(Curated, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => new KnowledgeFileText(path, File.ReadAllText(path)))];

    /// <summary>The curated knowledge, loaded; a broken folder stops the benchmark with its first errors.</summary>
    public static KnowledgeBase LoadCurated()
    {
        var result = KnowledgeLoader.Load(CuratedTexts(), Curated);
        return result.Knowledge ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors.Take(5)));
    }

    private static string Find()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "knowledge", "subjects.yaml");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "knowledge", "subjects.yaml");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }

        throw new FileNotFoundException("knowledge/subjects.yaml not found above the working directory");
    }
}
