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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Phrased = null);
