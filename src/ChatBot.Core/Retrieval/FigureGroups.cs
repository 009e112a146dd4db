using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Retrieval;

/// <summary>
/// Merges facts that state the same figure for the same subject and period in different articles, so an
/// answer shows it once with every source behind it.
/// </summary>
internal static class FigureGroups
{
    public static IReadOnlyList<IReadOnlyList<Fact>> Group(IEnumerable<Fact> orderedFacts)
    {
        var groups = new List<List<Fact>>();
        foreach (var fact in orderedFacts)
        {
            var group = groups.FirstOrDefault(g => SameFigure(g[0], fact));
            if (group is null)
            {
                groups.Add([fact]);
            }
            else if (!group.Contains(fact))
            {
                group.Add(fact);
            }
        }

        // The most cautious wording leads: "rund 80" rather than "80" when articles differ.
        return [.. groups.Select(g => (IReadOnlyList<Fact>)[.. g.OrderBy(f => f.Amount?.Qualifier == Qualifier.Exact ? 1 : 0)])];
    }

    private static bool SameFigure(Fact a, Fact b) =>
        a.SubjectId == b.SubjectId
        && a.Kind == b.Kind
        && a.Period == b.Period
        && a.Amount is { } x && b.Amount is { } y
        && x.Min == y.Min && x.Max == y.Max && x.Unit == y.Unit && x.Currency == y.Currency && x.Scale == y.Scale;
}
