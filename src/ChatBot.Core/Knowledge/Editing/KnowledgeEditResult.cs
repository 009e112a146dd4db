namespace ChatBot.Core.Knowledge.Editing;

/// <summary>
/// The outcome of an edit. On success the change as recorded; otherwise the errors (the loader's messages) and, when
/// someone else changed the fact first, the fact as it is now and the last recorded change of it.
/// </summary>
public sealed record KnowledgeEditResult(
    KnowledgeChange? Change,
    IReadOnlyList<string> Errors,
    FactSnapshot? Current = null,
    KnowledgeChange? ConflictingChange = null)
{
    public bool Succeeded => Change is not null;

    public bool IsConflict => Current is not null && Change is null;

    public static KnowledgeEditResult Failed(params string[] errors) => new(null, errors);
}
