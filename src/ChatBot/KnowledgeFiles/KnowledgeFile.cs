using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.KnowledgeFiles;

/// <summary>Reads a knowledge file from disk; an unreadable file becomes a load error, not an exception.</summary>
internal static class KnowledgeFile
{
    public static KnowledgeLoadResult Load(string path)
    {
        try
        {
            return KnowledgeLoader.Load(File.ReadAllText(path), path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new KnowledgeLoadResult(null, [new KnowledgeError(path, 1, null, $"cannot read the knowledge file: {ex.Message}")]);
        }
    }

    /// <summary>Locates and loads the knowledge, or reports in one line why it cannot.</summary>
    public static KnowledgeLoadResult LoadFrom(string? explicitPath, string workingDirectory)
    {
        var path = KnowledgeFileLocator.Resolve(explicitPath, workingDirectory);
        return path is null
            ? new KnowledgeLoadResult(null, [new KnowledgeError(KnowledgeFileLocator.RelativeDefault, 1, null, "no knowledge file found here, in a parent directory or next to the program; pass --knowledge PATH")])
            : Load(path);
    }
}
