using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Benchmarks.Shared;

/// <summary>Loads the knowledge a load test serves: a folder of *.yaml files (drafts/ excluded), as the host reads it, or one file.</summary>
internal static class CuratedKnowledgeFolder
{
    public static KnowledgeBase Load(string path)
    {
        var loaded = Directory.Exists(path)
            ? KnowledgeLoader.Load(
                [.. Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories)
                    .Where(file => !Path.GetRelativePath(path, file).StartsWith("drafts", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                    .Select(file => new KnowledgeFileText(file, File.ReadAllText(file)))],
                path)
            : KnowledgeLoader.Load(File.ReadAllText(path), path);
        return loaded.Knowledge ?? throw new InvalidOperationException($"knowledge unusable: {loaded.Errors[0]}");
    }
}
