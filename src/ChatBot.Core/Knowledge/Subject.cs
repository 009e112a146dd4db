namespace ChatBot.Core.Knowledge;

/// <summary>A company, country, project or group that facts are about, with the names users call it by.</summary>
public sealed record Subject(
    string Id,
    LocalizedText Name,
    SubjectKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Members);
