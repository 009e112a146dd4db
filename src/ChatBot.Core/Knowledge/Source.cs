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
    /// <summary>The SHA-256 (hex) of the archived article text when recorded at ingest, so a changed archive is detected.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The title, or the archived file name when the article has none.</summary>
    public string DisplayTitle => Title ?? File ?? Id;
}
