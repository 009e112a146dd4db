namespace ChatBot.Json;

/// <summary>One line of <c>ask --json</c> output: the stable contract scripts and evaluations read.</summary>
internal sealed record AnswerJson(
    string Question,
    string Language,
    bool Answered,
    string Answer,
    string Kind,
    IReadOnlyList<FactJson> Facts)
{
    /// <summary>Figures computed from <see cref="Facts"/>, the one asked for first; empty when nothing was computed.</summary>
    public IReadOnlyList<ComputedJson> Computed { get; init; } = [];
}
