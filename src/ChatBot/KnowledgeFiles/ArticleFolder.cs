namespace ChatBot.KnowledgeFiles;

/// <summary>
/// The archived articles the quotes come from: <c>CHATBOT_ARTICLES_PATH</c> when set, else the knowledge folder's
/// own <c>articles/</c> (where ingest archives them), so an edit's quote is checked against its article by default.
/// Read by plain file name only, so a source's <c>file</c> can never reach outside the folder.
/// </summary>
internal static class ArticleFolder
{
    public const string EnvironmentVariable = "CHATBOT_ARTICLES_PATH";

    private const string KnowledgeSubfolder = "articles";

    /// <summary>A reader for the folder, or null when neither folder exists.</summary>
    public static Func<string, string?>? Reader(string? directory, string workingDirectory, string knowledgePath)
    {
        var root = string.IsNullOrWhiteSpace(directory)
            ? DefaultFor(Path.GetFullPath(knowledgePath, workingDirectory))
            : Path.GetFullPath(directory, workingDirectory);
        return Directory.Exists(root) ? file => Read(root, file) : null;
    }

    /// <summary>The knowledge folder's own archive, for a knowledge folder or a single knowledge file in it.</summary>
    public static string DefaultFor(string knowledgePath) =>
        Path.Combine(Directory.Exists(knowledgePath) ? knowledgePath : Path.GetDirectoryName(knowledgePath) ?? knowledgePath, KnowledgeSubfolder);

    /// <summary>
    /// An article's text by its plain file name in <paramref name="root"/>, or null when the name reaches elsewhere or
    /// the file is missing or unreadable; read like a knowledge file, so a device, pipe or huge file cannot hang the bot.
    /// </summary>
    public static string? Read(string root, string file) =>
        Path.GetFileName(file) == file ? TextFileReader.Read(Path.Combine(root, file)).Text : null;
}
