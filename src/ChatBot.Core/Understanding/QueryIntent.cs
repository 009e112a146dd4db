namespace ChatBot.Core.Understanding;

/// <summary>What the user wants done with the figures.</summary>
public enum QueryIntent
{
    /// <summary>The figures for a subject or topic ("/pledge microsoft", "Wie viel investiert Meta?").</summary>
    Figures,

    /// <summary>Two or more subjects (or one subject in two years) side by side.</summary>
    Compare,

    /// <summary>Subjects ordered by their spending ("who invests the most in 2025").</summary>
    Rank,

    /// <summary>Figures of several subjects added up.</summary>
    Total,

    /// <summary>The articles the knowledge is built from.</summary>
    Sources,

    /// <summary>The subjects the bot has figures for.</summary>
    Subjects,

    Help,

    Greeting,
}
