namespace ChatBot.KnowledgeFiles;

/// <summary>
/// Which files make up the knowledge at a path: the file itself, or every <c>*.yaml</c> below a folder except the
/// <c>drafts</c> folder and hidden files (editors' and our own temporary files), in a stable path order.
/// </summary>
internal static class KnowledgeFolder
{
    public const string DraftsFolder = "drafts";

    public static IReadOnlyList<string> Files(string path)
    {
        if (!Directory.Exists(path))
        {
            return [path];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseSensitive };
        return [.. Directory.EnumerateFiles(path, "*.yaml", options)
            .Where(file => !IsExcluded(Path.GetRelativePath(path, file)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether the path is a folder with at least one knowledge file in it.</summary>
    public static bool HoldsKnowledge(string path) => Directory.Exists(path) && Files(path).Count > 0;

    private static bool IsExcluded(string relative)
    {
        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return segments[0] == DraftsFolder || segments.Any(s => s.StartsWith('.'));
    }
}
