namespace ChatBot.KnowledgeFiles;

/// <summary>A text file as read by <see cref="TextFileReader"/>: its text, or the line and reason it could not be read.</summary>
internal sealed record TextFileContent(string? Text, int ErrorLine, string? Error)
{
    public static TextFileContent Failed(string error, int line = 1) => new(null, line, error);
}
