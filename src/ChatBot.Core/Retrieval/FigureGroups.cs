using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Retrieval;

/// <summary>
/// Merges facts that state the same figure for the same subject and period in different articles, so an
/// answer shows it once with every source behind it.
/// </summary>
internal static class FigureGroups
{
    /// <summary>
    /// Groups in order of first appearance, at most <paramref name="limit"/> groups; facts without an amount
    /// stay on their own. Input in <see cref="FactOrdering"/> order (<paramref name="inFactOrder"/>) stops early:
    /// once the limit is reached, only the rest of the last group's key run can still join a group.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Fact>> Group(IEnumerable<Fact> orderedFacts, int limit = int.MaxValue, bool inFactOrder = true)
    {
        var groups = new List<List<Fact>>();
        var byFigure = new Dictionary<FigureKey, List<Fact>>();
        (int, int, int, decimal)? closingKey = null;
        foreach (var fact in orderedFacts)
        {
            if (closingKey is { } last && FactOrdering.Key(fact) != last)
            {
                break;
            }

            var amount = fact.Amount;
            if (amount is null)
            {
                if (groups.Count < limit)
                {
                    groups.Add([fact]);
                }

                continue;
            }

            var key = new FigureKey(fact.SubjectId, fact.Kind, fact.Period, amount.Min, amount.Max, amount.Unit, amount.Currency, amount.Scale);
            if (byFigure.TryGetValue(key, out var group))
            {
                if (!group.Contains(fact))
                {
                    group.Add(fact);
                }

                continue;
            }

            if (groups.Count == limit)
            {
                continue;
            }

            group = [fact];
            byFigure[key] = group;
            groups.Add(group);
            if (groups.Count == limit && inFactOrder)
            {
                closingKey = FactOrdering.Key(fact);
            }
        }

        // The most cautious wording leads: "rund 80" rather than "80" when articles differ.
        return [.. groups.Select(g => (IReadOnlyList<Fact>)[.. g.OrderBy(f => f.Amount?.Qualifier == Qualifier.Exact ? 1 : 0)])];
    }

    private readonly record struct FigureKey(string SubjectId, FactKind Kind, Period Period, decimal Min, decimal Max, Unit Unit, string? Currency, Scale Scale);
}
