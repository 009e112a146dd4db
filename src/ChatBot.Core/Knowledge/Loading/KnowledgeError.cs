namespace ChatBot.Core.Knowledge.Loading;

/// <summary>One problem in a knowledge file, located so a moderator can fix it without searching.</summary>
public sealed record KnowledgeError(string File, int Line, string? FactId, string Message)
{
    public override string ToString() => FactId is null
        ? $"{File}:{Line}: {Message}"
        : $"{File}:{Line}: fact '{FactId}': {Message}";
}
