using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Retrieval;

/// <summary>
/// Puts the figure a question picks first: the kind it names ("the deal", "das Budget"), the one it picks by size
/// or order ("the bigger deal", "the earlier one"), and last the figures it only names as context or excludes
/// ("not the 2025 budget", "someone said 600 billion"). Stable: ties keep the incoming order.
/// </summary>
internal static class HeadlinePreference
{
    private static readonly Dictionary<string, FactKind> KindWords = new(StringComparer.Ordinal)
    {
        ["deal"] = FactKind.Deal, ["deals"] = FactKind.Deal, ["vertrag"] = FactKind.Deal, ["vertraege"] = FactKind.Deal,
        ["auftrag"] = FactKind.Deal, ["contract"] = FactKind.Deal, ["contracts"] = FactKind.Deal, ["abkommen"] = FactKind.Deal,
        ["budget"] = FactKind.Budget, ["capex"] = FactKind.Capex, ["schaetzung"] = FactKind.Estimate, ["estimate"] = FactKind.Estimate,
        ["prognose"] = FactKind.Estimate, ["forecast"] = FactKind.Estimate, ["bildung"] = FactKind.Education, ["education"] = FactKind.Education,
    };

    public static IEnumerable<Fact> Order(Query query, IEnumerable<Fact> ordered)
    {
        IEnumerable<Fact> result = ordered;
        if (query.Preference is { } preference)
        {
            result = preference switch
            {
                FigurePreference.Largest => result.OrderBy(f => f.Amount is { IsMoney: true } ? 0 : 1).ThenByDescending(f => f.Amount?.MaxInUnits ?? 0),
                FigurePreference.Smallest => result.OrderBy(f => f.Amount is { IsMoney: true } ? 0 : 1).ThenBy(f => f.Amount?.MaxInUnits ?? 0),
                FigurePreference.Latest => result.OrderByDescending(When),
                _ => result.OrderBy(f => When(f) ?? int.MaxValue),
            };
        }

        var kinds = query.Keywords.Where(KindWords.ContainsKey).Select(k => KindWords[k]).ToHashSet();
        if (query.Computation is ComputationKind.Share or ComputationKind.PercentChange)
        {
            // "What share stays in the US?": a share the sources state answers it before any amount.
            kinds.Add(FactKind.Share);
            kinds.Add(FactKind.Growth);
        }

        if (kinds.Count > 0)
        {
            result = result.OrderBy(f => kinds.Contains(f.Kind) ? 0 : 1);
        }

        if (query.PrefersWhole)
        {
            // "das ganze Jahr, nicht das Quartal", "the total, not the US share": whole-period amounts first.
            result = result.OrderBy(f => f.Amount is { IsMoney: true } && FactOrdering.Granularity(f.Period) != 1 ? 0 : 1);
        }

        var asked = query.Numbers.Except(query.ContextNumbers).ToList();
        if (asked.Count > 0)
        {
            // "When was the Oracle 300 billion deal?": the figure the question names is the one asked about.
            result = result.OrderBy(f => States(f, asked) ? 0 : 1);
        }

        var excluded = query.Period.ExcludedYears;
        var context = query.ContextNumbers;
        if (excluded.Count > 0 || context.Count > 0)
        {
            result = result.OrderBy(f => (f.Period.SortYear is { } y && excluded.Contains(y)) || States(f, context) ? 1 : 0);
        }

        return result;
    }

    private static bool States(Fact fact, IReadOnlyList<decimal> numbers) =>
        fact.Amount is { } a && (numbers.Contains(a.Min) || numbers.Contains(a.Max));

    // Months since year 0 for ordering by date: a quarter counts from its last month, a date from its month.
    private static int? When(Fact fact)
    {
        var period = fact.Period;
        var month = period.Kind switch
        {
            PeriodKind.Month => period.Part ?? 12,
            PeriodKind.Quarter => (period.Part ?? 4) * 3,
            PeriodKind.Half => (period.Part ?? 2) * 6,
            PeriodKind.Date => period.Date?.Month ?? 12,
            _ => 12,
        };
        return period.SortYear is { } year ? (year * 12) + month : null;
    }
}
