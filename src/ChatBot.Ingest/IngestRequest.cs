using ChatBot.Core.Knowledge;

namespace ChatBot.Ingest;

/// <summary>The moderator's description of an article to ingest; what is not given stays null rather than guessed.</summary>
public sealed record IngestRequest(
    string? SourceId = null,
    string? Title = null,
    string? Publisher = null,
    DateOnly? Published = null,
    string? Url = null,
    Language? Language = null);
