namespace ChatBot.Core.Ingest;

/// <summary>
/// Who a figure is about: a known subject's id, or (when <see cref="IsNew"/>) an organisation the article names that
/// the knowledge does not know yet, to be proposed as a new subject.
/// </summary>
public sealed record SubjectMention(string Id, string Name, bool IsNew, int Distance);
