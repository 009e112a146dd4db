namespace ChatBot.Json;

/// <summary>The line written instead of an answer when a question is refused.</summary>
internal sealed record ErrorJson(string Question, bool Answered, string Error);
