using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>
/// A figure the engine computed from stated facts (a difference, sum, share…). No source states it; every
/// input is in <see cref="Inputs"/>, and <see cref="Bounds"/> keeps what the inputs' qualifiers allow.
/// </summary>
/// <param name="Operation">What was computed.</param>
/// <param name="Amount">The result as an amount (rounded, in the scale shown), for formatting.</param>
/// <param name="Bounds">The result's bounds in the scale of <paramref name="Amount"/>, after rounding.</param>
/// <param name="Figure">The formatted result in the answer's language.</param>
/// <param name="Inputs">The facts the result is computed from, in the order of the calculation.</param>
/// <param name="Rounded">Whether rounding changed the result.</param>
public sealed record ComputedFigure(
    ComputationKind Operation,
    Amount Amount,
    Bounds Bounds,
    string Figure,
    IReadOnlyList<Fact> Inputs,
    bool Rounded);
