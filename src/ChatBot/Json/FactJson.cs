namespace ChatBot.Json;

internal sealed record FactJson(string Id, string Subject, string Kind, string? Figure, AmountJson? Amount, string Period, string Statement, SourceJson Source)
{
    /// <summary>The newest published date (ISO) among the sources behind the fact's figure line; null when undated.</summary>
    public string? AsOf { get; init; }

    /// <summary>True when a newer source's figure for the same subject, kind and period is shown first.</summary>
    public bool OlderFigure { get; init; }
}
