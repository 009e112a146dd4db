namespace ChatBot.Json;

/// <summary>One line of <c>ask --json</c> output: the stable contract scripts and evaluations read.</summary>
internal sealed record AnswerJson(
    string Question,
    string Language,
    bool Answered,
    string Answer,
    string Kind,
    IReadOnlyList<FactJson> Facts);

internal sealed record FactJson(string Id, string Subject, string Kind, string? Figure, AmountJson? Amount, string Period, string Statement, SourceJson Source);

internal sealed record AmountJson(decimal Min, decimal Max, string? Currency, string Scale, string Unit, string Qualifier);

internal sealed record SourceJson(string Id, string? Title, string? Publisher, string? Url, string? File, string Quote);

/// <summary>The line written instead of an answer when a question is refused.</summary>
internal sealed record ErrorJson(string Question, bool Answered, string Error);
