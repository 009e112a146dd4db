namespace ChatBot.KnowledgeFiles.Audit;

/// <summary>Where the bot keeps its own data (the audit log): <c>CHATBOT_DATA_DIR</c>, else <c>data/</c> in the working directory.</summary>
internal static class DataDirectory
{
    public const string EnvironmentVariable = "CHATBOT_DATA_DIR";

    public const string Default = "data";

    public static string Resolve(string? configured, string workingDirectory) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? Default : configured, workingDirectory);
}
