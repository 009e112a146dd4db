namespace ChatBot.Core.Knowledge.Editing;

/// <summary>What a change did to one fact.</summary>
public enum KnowledgeChangeAction
{
    Add,
    Edit,
    Remove,
}
