using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.KnowledgeFiles;

/// <summary>Reads the knowledge, a file or a folder, from disk; an unreadable file becomes a load error, not an exception.</summary>
internal static class KnowledgeFile
{
    public static KnowledgeLoadResult Load(string path) => new KnowledgeFileSet(path).Load().Result;

    /// <summary>Locates and loads the knowledge, or reports in one line why it cannot.</summary>
    public static KnowledgeLoadResult LoadFrom(string? explicitPath, string workingDirectory)
    {
        var path = KnowledgeFileLocator.Resolve(explicitPath, workingDirectory);
        return path is null
            ? new KnowledgeLoadResult(null, [new KnowledgeError(KnowledgeFileLocator.RelativeDefault, 1, null, "no knowledge folder found here, in a parent directory or next to the program; pass --knowledge PATH")])
            : Load(path);
    }

    /// <summary>Reads one file's bytes; a missing, unreadable or special file gives a one-line reason instead.</summary>
    public static (byte[]? Bytes, string? Error) ReadBytes(string path)
    {
        try
        {
            return (File.ReadAllBytes(path), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, $"cannot read the knowledge file: {ex.Message}");
        }
    }
}
