namespace ChatBot.KnowledgeFiles;

/// <summary>
/// Finds the knowledge, a file or a folder: an explicit path, else <c>CHATBOT_KNOWLEDGE_PATH</c>, else the
/// <c>knowledge</c> folder in the working directory or any parent, else the copy shipped next to the executable.
/// </summary>
internal static class KnowledgeFileLocator
{
    public const string RelativeDefault = "knowledge";

    public const string EnvironmentVariable = "CHATBOT_KNOWLEDGE_PATH";

    public static string? Resolve(string? explicitPath, string workingDirectory)
    {
        explicitPath = string.IsNullOrWhiteSpace(explicitPath) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : explicitPath;
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(explicitPath, workingDirectory));
        }

        for (var directory = new DirectoryInfo(workingDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, RelativeDefault);
            if (KnowledgeFolder.HoldsKnowledge(candidate))
            {
                return candidate;
            }
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, RelativeDefault);
        return KnowledgeFolder.HoldsKnowledge(shipped) ? shipped : null;
    }
}
