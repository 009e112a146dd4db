namespace ChatBot.Core.Understanding;

/// <summary>Which of several figures the question picks by size or order ("the bigger deal", "the first one").</summary>
public enum FigurePreference
{
    Largest,
    Smallest,
    Latest,
    Earliest,
}
