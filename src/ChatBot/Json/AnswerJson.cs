namespace ChatBot.Json;

/// <summary>One line of <c>ask --json</c> output: the stable contract scripts and evaluations read.</summary>
internal sealed record AnswerJson(
    string Question,
    string Language,
    bool Answered,
    string Answer,
    string Kind,
    IReadOnlyList<FactJson> Facts);
