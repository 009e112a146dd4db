namespace ChatBot.KnowledgeFiles;

/// <summary>
/// The archived articles the quotes come from (<c>CHATBOT_ARTICLES_PATH</c>), read by plain file name only, so a
/// source's <c>file</c> can never reach outside the folder.
/// </summary>
internal static class ArticleFolder
{
    public const string EnvironmentVariable = "CHATBOT_ARTICLES_PATH";

    /// <summary>A reader for the folder, or null when none is configured or it does not exist.</summary>
    public static Func<string, string?>? Reader(string? directory, string workingDirectory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            return null;
        }

        var root = Path.GetFullPath(directory, workingDirectory);
        return Directory.Exists(root) ? file => Read(root, file) : null;
    }

    private static string? Read(string root, string file)
    {
        var path = Path.Combine(root, file);
        return Path.GetFileName(file) == file && File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
