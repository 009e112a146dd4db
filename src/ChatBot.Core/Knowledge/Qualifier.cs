namespace ChatBot.Core.Knowledge;

/// <summary>How exact a figure is, as the article says it ("rund", "mehr als", "fast", "möglicherweise").</summary>
public enum Qualifier
{
    Exact,
    Around,
    MoreThan,
    Almost,
    UpTo,
    Possibly,
}
