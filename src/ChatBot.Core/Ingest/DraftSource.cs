namespace ChatBot.Core.Ingest;

/// <summary>The source entry a draft proposes for its article, with the archived text's file name and SHA-256.</summary>
public sealed record DraftSource(
    string Id,
    string? Title,
    string? Publisher,
    DateOnly? Published,
    string? Url,
    string File,
    string Sha256);
