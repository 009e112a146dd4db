namespace ChatBot.Json;

internal sealed record SourceJson(string Id, string? Title, string? Publisher, string? Url, string? File, string Quote);
