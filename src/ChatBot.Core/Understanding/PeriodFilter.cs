using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Understanding;

/// <summary>
/// The time a question asks about; empty when it names none. <see cref="IsRelative"/> marks a year said as
/// "this year" or "last year", which the user means loosely: the newest figures answer it when that exact
/// year has none. "Next year" is not loose: a year still to come with no figure is not answered.
/// </summary>
public sealed record PeriodFilter(
    IReadOnlyList<int> Years,
    bool FiscalYear = false,
    int? Quarter = null,
    int? Half = null,
    int? Month = null,
    int? UntilYear = null,
    bool IsRelative = false)
{
    public static PeriodFilter None { get; } = new([]);

    /// <summary>Years the question names only to exclude them ("nicht die Zahl von 2024"); their figures go last.</summary>
    public IReadOnlyList<int> ExcludedYears { get; init; } = [];

    public bool IsEmpty => Years.Count == 0 && UntilYear is null && Quarter is null && Half is null;

    /// <summary>Whether a fact's period is exactly what was asked (same year, and same quarter/month when asked).</summary>
    public bool MatchesExactly(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (UntilYear is { } until)
        {
            return period.Kind == PeriodKind.Until && period.ToYear == until;
        }

        if (Years.Count > 0 && !Years.Any(period.IsWithinYear))
        {
            return false;
        }

        if (Quarter is { } quarter)
        {
            return period.Kind == PeriodKind.Quarter && period.Part == quarter;
        }

        if (Half is { } half)
        {
            return period.Kind == PeriodKind.Half && period.Part == half;
        }

        return Month is not { } month || (period.Kind == PeriodKind.Month && period.Part == month);
    }

    /// <summary>Whether a fact's period at least overlaps what was asked (a whole year for a quarter, a plan spanning it).</summary>
    public bool Overlaps(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (UntilYear is { } until)
        {
            return period.SortYear is { } year && year <= until;
        }

        return Years.Count == 0 ? MatchesExactly(period) : Years.Any(year => period.IsWithinYear(year) || period.Touches(year));
    }
}
