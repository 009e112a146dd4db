namespace ChatBot.Json;

/// <summary>
/// A figure the engine computed from the facts in <c>facts</c> (listed by id in <c>inputs</c>): the formatted
/// result and its bounds. <c>low</c>/<c>high</c> are null when unbounded ("more than 17" has no high bound);
/// an exclusive bound is not reached ("more than"). Values are in <c>scale</c> units of <c>unit</c>.
/// </summary>
internal sealed record ComputedJson(
    string Operation,
    string Figure,
    decimal? Low,
    decimal? High,
    bool LowExclusive,
    bool HighExclusive,
    bool Approximate,
    bool Uncertain,
    string Unit,
    string? Currency,
    string Scale,
    string Qualifier,
    bool Rounded,
    IReadOnlyList<string> Inputs);
