namespace ChatBot.Core.Knowledge;

/// <summary>
/// The time a figure covers. <see cref="FromYear"/>..<see cref="ToYear"/> is the span of calendar years it
/// touches where known, so periods of different kinds can be matched against a question's year.
/// </summary>
public sealed record Period(
    PeriodKind Kind,
    int? Year = null,
    int? Part = null,
    int? FromYear = null,
    int? ToYear = null,
    int? Years = null,
    DateOnly? Date = null,
    LocalizedText? Label = null)
{
    public static Period Unspecified { get; } = new(PeriodKind.Unspecified);

    /// <summary>Whether the period lies within the given calendar year (a fiscal year counts as its year).</summary>
    public bool IsWithinYear(int year) => Kind switch
    {
        PeriodKind.Year or PeriodKind.FiscalYear or PeriodKind.Quarter or PeriodKind.Half or PeriodKind.Month => Year == year,
        PeriodKind.Date => Date?.Year == year,
        _ => false,
    };

    /// <summary>Whether the period overlaps the given calendar year at all (multi-year plans included).</summary>
    public bool Touches(int year) => IsWithinYear(year)
        || (FromYear is { } from && ToYear is { } to && from <= year && year <= to)
        || (Kind == PeriodKind.Until && FromYear is null && ToYear is { } until && year <= until && year >= until - 10);

    /// <summary>The year used to order figures newest first; null when unknown.</summary>
    public int? SortYear => Kind switch
    {
        PeriodKind.Date => Date?.Year,
        PeriodKind.Until or PeriodKind.Range or PeriodKind.NextYears => ToYear ?? FromYear,
        _ => Year,
    };
}
