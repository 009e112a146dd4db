using System.Text.Json.Serialization;

namespace ChatBot.Json;

/// <summary>
/// One line of <c>ask --json</c> output: the stable contract scripts and evaluations read. <see cref="Phrased"/> is
/// written only when an LLM phrased the answer, so output without phrasing stays byte-identical.
/// </summary>
internal sealed record AnswerJson(
    string Question,
    string Language,
    bool Answered,
    string Answer,
    string Kind,
    IReadOnlyList<FactJson> Facts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Phrased = null)
{
    /// <summary>Figures computed from <see cref="Facts"/>, the one asked for first; empty when nothing was computed.</summary>
    public IReadOnlyList<ComputedJson> Computed { get; init; } = [];
}
