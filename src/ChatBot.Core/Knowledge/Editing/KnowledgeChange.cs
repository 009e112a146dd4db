namespace ChatBot.Core.Knowledge.Editing;

/// <summary>
/// One recorded change of one fact: the fact's YAML block before and after (null when it did not exist), so it can
/// be shown and undone. <see cref="UndoOf"/> names the change an undo reverted.
/// </summary>
public sealed record KnowledgeChange(
    long Id,
    DateTimeOffset At,
    EditActor Actor,
    KnowledgeChangeAction Action,
    string FactId,
    string File,
    string? OldYaml,
    string? NewYaml,
    string? Reason,
    long? UndoOf);
