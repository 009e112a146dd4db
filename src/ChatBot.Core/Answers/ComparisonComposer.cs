using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>Puts two or more figures side by side and says which is higher only when that is certain.</summary>
internal static class ComparisonComposer
{
    public static Answer Compose(AnswerBuilder builder)
    {
        var sides = ComparisonSides.Resolve(builder);
        var query = builder.Query;
        if (sides.Any(s => s.Fact is null) && query.Period.IsRelative && query.Subjects.Count >= 2)
        {
            // "Is Meta spending more than Alphabet this year?" before this year has figures: "this year" is meant
            // loosely, so the newest figures both sides share answer it, and the answer says so.
            var missing = sides.Where(s => s.Fact is null).Select(s => s.Label);
            builder.Note(builder.Phrases.NoFigureForPeriodYet(builder.Phrases.List(missing)));
            sides = ComparisonSides.Resolve(builder, PeriodFilter.None, query.Topics);
        }

        ComparisonSides.AddLines(builder, sides);
        var found = sides.Where(s => s.Fact is not null).ToList();
        if (found.Count >= 2 && found.Select(s => s.Fact!.Amount!.Currency).Distinct().Count() == 1)
        {
            builder.Note(Verdict(builder, found));
        }

        var headline = builder.Phrases.CompareHeadline(
            string.Join(", ", sides.Take(sides.Count - 1).Select(s => s.Label)),
            sides.Count > 0 ? sides[^1].Label : string.Empty);
        return builder.Build(AnswerKind.Comparison, found.Count >= 2, headline);
    }

    // "More than 100" beats "around 80"; overlapping ranges ("60–65" vs "around 64") decide nothing.
    private static string Verdict(AnswerBuilder builder, IReadOnlyList<(string Label, Fact? Fact)> sides)
    {
        var ordered = sides.OrderByDescending(s => s.Fact!.Amount!.MaxInUnits).ToList();
        var top = ordered[0];
        var runnerUp = ordered[1];
        var topAmount = top.Fact!.Amount!;
        var runnerAmount = runnerUp.Fact!.Amount!;
        var clearlyHigher = topAmount.MinInUnits > runnerAmount.MaxInUnits
            && topAmount.Qualifier is not (Qualifier.Possibly or Qualifier.UpTo)
            && !(runnerAmount.Qualifier == Qualifier.MoreThan);
        return clearlyHigher ? builder.Phrases.Higher(top.Label) : builder.Phrases.Overlapping;
    }
}
