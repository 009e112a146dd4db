namespace ChatBot.Core.Knowledge;

/// <summary>
/// One figure (or dated statement) from one article, with the verbatim sentence that states it.
/// <see cref="Line"/> is where the fact starts in <see cref="File"/>, for error messages and editors.
/// </summary>
public sealed record Fact(
    string Id,
    string SubjectId,
    IReadOnlyList<string> Related,
    FactKind Kind,
    IReadOnlyList<string> Topics,
    Amount? Amount,
    Period Period,
    LocalizedText Statement,
    string SourceId,
    string Quote,
    int Line)
{
    /// <summary>The knowledge file the fact is written in (one of a folder's files), as errors name it.</summary>
    public string File { get; init; } = "";

    /// <summary>
    /// When the figure was announced, as the article states it (a <see cref="PeriodKind.Date"/> or
    /// <see cref="PeriodKind.Month"/>); null when the article gives no month and year for it. Never guessed.
    /// </summary>
    public Period? Announced { get; init; }
}
