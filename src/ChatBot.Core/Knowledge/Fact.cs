namespace ChatBot.Core.Knowledge;

/// <summary>
/// One figure (or dated statement) from one article, with the verbatim sentence that states it.
/// <see cref="Line"/> is where the fact starts in the knowledge file, for error messages.
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
    int Line);
