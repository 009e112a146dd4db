namespace ChatBot.Discord.Models;

/// <summary>An uploaded file as an interaction's resolved data describes it; size and type are the uploader's claims.</summary>
public sealed record Attachment
{
    public string Id { get; init; } = "";
    public string Filename { get; init; } = "";
    public string? ContentType { get; init; }
    public long Size { get; init; }
    public string Url { get; init; } = "";
}
