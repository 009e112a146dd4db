namespace ChatBot.Core.Knowledge;

/// <summary>An article the knowledge is built from. Unknown metadata stays null rather than guessed.</summary>
public sealed record Source(
    string Id,
    string? Title,
    string? Publisher,
    string? Author,
    DateOnly? Published,
    string? Url,
    string? File)
{
    /// <summary>The title, or the archived file name when the article has none.</summary>
    public string DisplayTitle => Title ?? File ?? Id;
}
