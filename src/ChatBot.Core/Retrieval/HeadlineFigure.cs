using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Retrieval;

/// <summary>
/// Picks the one figure that best represents a subject's AI spending for a period, for comparisons,
/// rankings and totals.
/// </summary>
internal static class HeadlineFigure
{
    public static Fact? For(KnowledgeBase knowledge, Subject subject, PeriodFilter period, int? preferredYear, IReadOnlyList<Topic> topics, bool allowDeals = true)
    {
        var money = knowledge.FactsAbout(subject.Id).Where(f => f.Amount is { IsMoney: true }).ToList();
        if (topics.Count > 0)
        {
            money = [.. money.Where(f => TopicMatching.Matches(f, topics))];
        }

        var spending = money.Where(f => FactOrdering.IsSpending(f.Kind)).ToList();
        var candidates = spending.Count > 0 || !allowDeals ? spending : money.Where(f => f.Kind == FactKind.Deal).ToList();
        // A month without a year ("Oracle's June deal") still picks that month's figure.
        if (!period.IsEmpty || period.Month is not null)
        {
            return Best(candidates.Where(f => period.MatchesExactly(f.Period)));
        }

        if (preferredYear is { } year && Best(candidates.Where(f => f.Period.IsWithinYear(year))) is { } inYear)
        {
            return inYear;
        }

        return Best(candidates.Where(f => f.Period.SortYear is not null)) ?? Best(candidates);
    }

    /// <summary>The years for which the subject has a spending figure.</summary>
    public static IEnumerable<int> SpendingYears(KnowledgeBase knowledge, Subject subject) => knowledge.FactsAbout(subject.Id)
        .Where(FactOrdering.IsWholeYearSpending)
        .Select(f => f.Period.Year!.Value)
        .Distinct();

    private static Fact? Best(IEnumerable<Fact> facts) => facts
        .OrderBy(f => FactOrdering.Granularity(f.Period))
        .ThenByDescending(f => f.Period.SortYear ?? int.MinValue)
        .ThenByDescending(f => f.Amount!.MaxInUnits)
        .FirstOrDefault();
}
