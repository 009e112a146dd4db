namespace ChatBot.Core.Understanding;

/// <summary>A calculation the question asks for on top of the stated figures.</summary>
public enum ComputationKind
{
    /// <summary>"How much more does X plan than Y?": the larger figure minus the other.</summary>
    Difference,

    /// <summary>"Wie viel investieren X und Y zusammen?": the figures added up.</summary>
    Sum,

    /// <summary>"How many times bigger is the later deal?": one figure divided by the other.</summary>
    Ratio,

    /// <summary>"Welcher Anteil fällt ins erste Quartal?": a part as a percentage of its whole.</summary>
    Share,

    /// <summary>"Um wie viel steigt das Budget von 2024 auf 2025?": later minus earlier, with the percentage beside it.</summary>
    Change,

    /// <summary>"By what percentage does the budget grow?": the change in percent first.</summary>
    PercentChange,

    /// <summary>"What is that per year?": a multi-year figure averaged over its stated span.</summary>
    PerYear,

    /// <summary>"What is left for the rest of the year?": the whole minus its stated part.</summary>
    Remainder,
}
