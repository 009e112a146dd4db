using ChatBot.Core.Knowledge;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>
/// Finds the figures a calculation works on: one per subject or per year, a part and its whole, a multi-year
/// figure and its span, a group's stated totals; and which of two goes first.
/// </summary>
internal static class ComputationOperands
{
    // The number of years a multi-year period spans, when the source states it.
    internal static int? Span(Period period) => period.Kind switch
    {
        PeriodKind.NextYears => period.Years,
        PeriodKind.Range or PeriodKind.Until when period.FromYear is { } from && period.ToYear is { } to && to >= from => to - from + 1,
        _ => null,
    };

    // The part a question names by its period ("im ersten Quartal") and the whole year it belongs to.
    internal static (Fact Part, Fact Whole)? PartAndWhole(AnswerBuilder builder)
    {
        var query = builder.Query;
        if (query.Subjects.Count != 1)
        {
            return null;
        }

        var subject = query.Subjects[0];
        var partPeriod = query.Period;
        var askedPart = HeadlineFigure.For(builder.Knowledge, subject, partPeriod, null, query.Topics);
        if ((partPeriod.Quarter is null && partPeriod.Half is null && partPeriod.Month is null)
            || (query.Computation == ComputationKind.Remainder && (askedPart is null || FactOrdering.Granularity(askedPart.Period) != 1)))
        {
            // "What is left after the first quarter?" with no part named: the subject's one stated part of a year.
            var parts = builder.Knowledge.FactsAbout(subject.Id).Where(f => f.Amount is { IsMoney: true } && FactOrdering.Granularity(f.Period) == 1 && f.Period.Year is not null).ToList();
            if (parts.Count != 1 || (partPeriod.Years.Count > 0 && !partPeriod.Years.Contains(parts[0].Period.Year!.Value)))
            {
                return null;
            }

            var p = parts[0].Period;
            partPeriod = new PeriodFilter([p.Year!.Value], Quarter: p.Kind == PeriodKind.Quarter ? p.Part : null, Half: p.Kind == PeriodKind.Half ? p.Part : null, Month: p.Kind == PeriodKind.Month ? p.Part : null);
        }

        var part = HeadlineFigure.For(builder.Knowledge, subject, partPeriod, null, query.Topics);
        var wholePeriod = partPeriod with { Quarter = null, Half = null, Month = null };
        var whole = wholePeriod.Years.Count > 0
            ? HeadlineFigure.For(builder.Knowledge, subject, wholePeriod, null, query.Topics)
            : builder.Knowledge.FactsAbout(subject.Id).Where(FactOrdering.IsWholeYearSpending).FirstOrDefault(f => part is not null && f.Period.Year == part.Period.Year);
        return part is not null && whole is not null && part != whole && FactOrdering.Granularity(whole.Period) == 0 ? (part, whole) : null;
    }

    // The two figures a pairwise calculation works on: one per subject, one per year, or a subject's two figures of one kind.
    internal static IReadOnlyList<(string Label, Fact? Fact)> Sides(AnswerBuilder builder)
    {
        var query = builder.Query;
        if (query.Subjects.Count >= 2 || query.Period.Years.Count >= 2)
        {
            return WithFallbacks(builder);
        }

        if (query.UnknownIsActor && query.UnknownNames.Any(n => char.IsUpper(n[0])))
        {
            // "How much more does Intel spend than Amazon?": the other side is a name the knowledge lacks.
            return [.. query.Subjects.Select(s => (builder.NameOf(s), HeadlineFigure.For(builder.Knowledge, s, query.Period, null, query.Topics))),
                .. query.UnknownNames.Where(n => char.IsUpper(n[0])).Select(n => (n, (Fact?)null))];
        }

        var subject = query.Subjects[0];
        var facts = builder.Knowledge.FactsAbout(subject.Id)
            .Where(f => f.Amount is { IsMoney: true } && (query.Period.IsEmpty || query.Period.Overlaps(f.Period)))
            .ToList();
        var preferred = HeadlinePreference.Order(query, FactOrdering.Order(facts)).ToList();
        if (preferred.Count < 2)
        {
            return [];
        }

        // "The later deal vs the earlier one": two distinct figures of the leading kind, in date order.
        var sameKind = FigureGroups.Group(preferred.Where(f => f.Kind == preferred[0].Kind)).Select(g => g[0]).ToList();
        if (sameKind.Count != 2)
        {
            return [];
        }

        var name = builder.NameOf(subject);
        return [.. sameKind.Select(f => ($"{name} ({builder.Period(f.Period)})", (Fact?)f))];
    }

    // A topic matched by the calculation's own verb ("grow" → growth) or a loose "this year" must not leave a
    // side empty; a subject with no figure for the period answers with its figure for another one (the periods
    // note says so), and a subject known only through a partner's figure ("from the UAE") with that figure.
    internal static IReadOnlyList<(string Label, Fact? Fact)> WithFallbacks(AnswerBuilder builder)
    {
        var query = builder.Query;
        var sides = ComparisonSides.Resolve(builder);
        if (sides.Any(s => s.Fact is null) && query.Topics.Count > 0)
        {
            sides = ComparisonSides.Resolve(builder, query.Period, []);
        }

        if (sides.Any(s => s.Fact is null) && query.Period.IsRelative)
        {
            builder.Note(builder.Phrases.NoFigureForPeriodYet(builder.Phrases.List(query.Subjects.Select(builder.NameOf))));
            sides = ComparisonSides.Resolve(builder, PeriodFilter.None, []);
        }

        if (query.Subjects.Count < 2 || sides.All(s => s.Fact is not null))
        {
            return sides;
        }

        // Only a subject whose figures are not by year (Stargate's four-year plan) stands in with another period;
        // Alphabet without a 2024 figure stays missing rather than compared with its 2025 one. A partner's figure
        // that another side already uses is no figure of its own: SoftBank's share of Stargate is not 100 %.
        var used = sides.Where(s => s.Fact is not null).Select(s => s.Fact!).ToHashSet();
        return [.. sides.Select((side, i) => side.Fact is not null || HeadlineFigure.SpendingYears(builder.Knowledge, query.Subjects[i]).Any()
            ? side
            : (side.Label, AnyFigure(builder, query.Subjects[i]) is { } stand && !used.Contains(stand) ? stand : null))];
    }

    internal static Fact? AnyFigure(AnswerBuilder builder, Subject subject)
    {
        var own = HeadlineFigure.For(builder.Knowledge, subject, PeriodFilter.None, null, []);
        if (own is not null)
        {
            return own;
        }

        var involving = builder.Knowledge.FactsInvolving(subject.Id).Where(f => f.Amount is { IsMoney: true }).ToList();
        return involving.Count == 1 ? involving[0] : null;
    }

    // Which side comes first: later before earlier for a change; for a difference or ratio the side the question
    // measures against ("than Meta") comes second, otherwise the larger figure comes first.
    internal static ((string Label, Fact? Fact) A, (string Label, Fact? Fact) B) Ordered(Query query, ComputationKind operation, (string Label, Fact? Fact) first, (string Label, Fact? Fact) second)
    {
        if (first.Fact is null || second.Fact is null)
        {
            return (first, second);
        }

        if (operation is ComputationKind.Change or ComputationKind.PercentChange && first.Fact.Period.SortYear != second.Fact.Period.SortYear)
        {
            return (first.Fact.Period.SortYear ?? 0) > (second.Fact.Period.SortYear ?? 0) ? (first, second) : (second, first);
        }

        // A figure that is certainly smaller never goes first: "−15" would answer "how much more" backwards.
        var (x, y) = (Bounds.Of(first.Fact.Amount!), Bounds.Of(second.Fact.Amount!));
        var certain = (x - y).Low >= 0 || (x - y).High <= 0;
        if (!certain && query.BaseSubjectId is { } baseId && first.Fact.SubjectId != second.Fact.SubjectId && (first.Fact.SubjectId == baseId || second.Fact.SubjectId == baseId))
        {
            return first.Fact.SubjectId == baseId ? (second, first) : (first, second);
        }

        var larger = Size(first.Fact) >= Size(second.Fact);
        return operation == ComputationKind.Share ? (larger ? (second, first) : (first, second)) : larger ? (first, second) : (second, first);
    }

    internal static decimal Size(Fact fact) => fact.Amount!.MinInUnits + fact.Amount.MaxInUnits;

    // The group's own stated totals: for the asked period first, then those without a period, then spans touching it.
    internal static List<Fact> StatedTotals(AnswerBuilder builder, Subject group)
    {
        var period = builder.Query.Period;
        var money = builder.Knowledge.FactsAbout(group.Id).Where(f => f.Amount is { IsMoney: true }).ToList();
        return [.. money
            .Where(f => period.IsEmpty || period.MatchesExactly(f.Period) || f.Period.Kind == PeriodKind.Unspecified || period.Overlaps(f.Period))
            .OrderBy(f => period.IsEmpty || period.MatchesExactly(f.Period) ? 0 : f.Period.Kind == PeriodKind.Unspecified ? 1 : 2)
            .ThenBy(FactOrdering.Key)];
    }
}
