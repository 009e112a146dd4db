using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Retrieval;

/// <summary>How facts are ranked within an answer: spending first, then newest, then largest.</summary>
internal static class FactOrdering
{
    /// <summary>The one list of spending kinds: what must carry an amount, leads answers, and is ranked and compared.</summary>
    public static bool IsSpending(FactKind kind) =>
        kind is FactKind.Investment or FactKind.Capex or FactKind.Budget or FactKind.DataCenters;

    /// <summary>
    /// Whether a figure may be ranked against others: rankings compare US-dollar figures only, as the knowledge holds
    /// no exchange rates and mixing currencies would order them by their numerals.
    /// </summary>
    public static bool IsRankable(Fact fact) => fact.Amount is { Currency: "USD" };

    /// <summary>A money spending figure for one whole calendar or fiscal year: what comparisons and rankings use.</summary>
    public static bool IsWholeYearSpending(Fact fact) =>
        IsSpending(fact.Kind) && fact.Amount is { IsMoney: true } && Granularity(fact.Period) == 0 && fact.Period.Year is not null;

    public static int Tier(FactKind kind) => IsSpending(kind) ? 0 : kind switch
    {
        FactKind.Deal or FactKind.Education => 1,
        FactKind.Estimate or FactKind.Share or FactKind.Growth => 2,
        _ => 3,
    };

    /// <summary>Whole years before their parts, so "75 bn in 2025" leads "16–18 bn in Q1 2025".</summary>
    public static int Granularity(Period period) => period.Kind switch
    {
        PeriodKind.Year or PeriodKind.FiscalYear => 0,
        PeriodKind.Half or PeriodKind.Quarter or PeriodKind.Month or PeriodKind.Date => 1,
        PeriodKind.Unspecified => 3,
        _ => 2,
    };

    public static IEnumerable<Fact> Order(IEnumerable<Fact> facts) => facts.OrderBy(Key);

    /// <summary>
    /// The sort key of <see cref="Order"/>. Facts stating the same figure share a key, so in an ordered list they
    /// sit in one contiguous run.
    /// </summary>
    public static (int Tier, int Granularity, int NegativeYear, decimal NegativeAmount) Key(Fact fact) =>
        (Tier(fact.Kind), Granularity(fact.Period), -(fact.Period.SortYear ?? -10_000), -(fact.Amount?.MaxInUnits ?? 0m));

    public static IEnumerable<Fact> BySize(IEnumerable<Fact> facts, bool ascending = false)
    {
        var money = facts.Where(f => f.Amount is { IsMoney: true });
        var ordered = ascending ? money.OrderBy(f => f.Amount!.MaxInUnits) : money.OrderByDescending(f => f.Amount!.MaxInUnits);
        return ordered.Concat(Order(facts.Where(f => f.Amount is not { IsMoney: true })));
    }
}
