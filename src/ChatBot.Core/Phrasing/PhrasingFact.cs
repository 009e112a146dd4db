using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Phrasing;

/// <summary>One retrieved fact as the phrasing model sees it, plus the raw figure and period the guard checks against.</summary>
/// <param name="Key">The citation key in the prompt ("F1"); short keys are copied more reliably than knowledge ids.</param>
/// <param name="FactId">The fact's id in the knowledge.</param>
/// <param name="Statement">The statement in the answer's language.</param>
/// <param name="Figure">The formatted figure with its qualifier ("rund 80 Mrd. US-Dollar"), or null.</param>
/// <param name="Period">The formatted period.</param>
/// <param name="SourceName">The publisher, else the article title.</param>
/// <param name="SourceNumber">The citation number of the fact's source in the template answer.</param>
/// <param name="Amount">The figure as data.</param>
/// <param name="PeriodData">The period as data.</param>
public sealed record PhrasingFact(
    string Key,
    string FactId,
    string Statement,
    string? Figure,
    string Period,
    string SourceName,
    int SourceNumber,
    Amount? Amount,
    Period PeriodData);
