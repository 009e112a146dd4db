using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>
/// Adds up the figures of several subjects. The sum is labelled as computed, because no source states it,
/// and it is only formed when every figure exists and shares one currency.
/// </summary>
internal static class TotalComposer
{
    public static Answer Compose(AnswerBuilder builder)
    {
        var sides = ComparisonSides.Resolve(builder);
        ComparisonSides.AddLines(builder, sides);
        var amounts = sides.Select(s => s.Fact?.Amount).ToList();
        var headline = builder.Phrases.TotalHeadline(builder.Phrases.List(sides.Select(s => s.Label)));
        if (amounts.Count < 2 || amounts.Any(a => a is null) || amounts.Select(a => a!.Currency).Distinct().Count() != 1)
        {
            builder.Note(builder.Phrases.NoTotal);
            return builder.Build(AnswerKind.Total, false, headline);
        }

        var sum = Sum(amounts.Select(a => a!).ToList());
        builder.Section(null, [new AnswerItem(builder.Phrases.TotalLine, FigureFormatter.Format(sum, builder.Language), null, builder.Phrases.TotalNote, [], [])]);
        return builder.Build(AnswerKind.Total, true, headline);
    }

    private static Amount Sum(IReadOnlyList<Amount> amounts)
    {
        var min = amounts.Sum(a => a.MinInUnits);
        var max = amounts.Sum(a => a.MaxInUnits);
        var scale = max >= 1e12m ? Scale.Trillion : max >= 1e9m ? Scale.Billion : max >= 1e6m ? Scale.Million : Scale.One;
        var divisor = Amount.Multiplier(scale);
        var qualifiers = amounts.Select(a => a.Qualifier).ToHashSet();
        var qualifier = qualifiers.Contains(Qualifier.Possibly) ? Qualifier.Possibly
            : qualifiers.Contains(Qualifier.Around) || qualifiers.Contains(Qualifier.Almost) || (qualifiers.Contains(Qualifier.MoreThan) && qualifiers.Contains(Qualifier.UpTo)) ? Qualifier.Around
            : qualifiers.Contains(Qualifier.MoreThan) ? Qualifier.MoreThan
            : qualifiers.Contains(Qualifier.UpTo) ? Qualifier.UpTo
            : Qualifier.Exact;
        return new Amount(min / divisor, max / divisor, Unit.Money, amounts[0].Currency, scale, qualifier);
    }
}
