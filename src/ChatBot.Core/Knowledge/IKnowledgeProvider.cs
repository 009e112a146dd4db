namespace ChatBot.Core.Knowledge;

/// <summary>Gives the knowledge snapshot in force now. Callers take it once per request and use that one.</summary>
public interface IKnowledgeProvider
{
    KnowledgeBase Current { get; }
}
