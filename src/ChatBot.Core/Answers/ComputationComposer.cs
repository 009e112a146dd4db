using ChatBot.Core.Knowledge;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>
/// Answers questions that ask for a calculation on stated figures: the computed figure first, labelled as
/// computed, then the facts it comes from. It computes only when units and currencies agree, warns when the
/// periods differ, and returns null when the question names nothing to compute with, so the ordinary answer runs.
/// </summary>
internal static class ComputationComposer
{
    public static Answer? TryCompose(AnswerBuilder builder)
    {
        var query = builder.Query;
        var operation = query.Computation ?? ComputationKind.Sum;
        if (query.Subjects.Count == 0)
        {
            return null;
        }

        if (operation == ComputationKind.Sum)
        {
            return query.Subjects is [{ Kind: SubjectKind.Group, Members.Count: > 1 } group]
                ? GroupTotal(builder, group)
                : query.Subjects.Count >= 2 || query.Period.Years.Count >= 2 ? Sum(builder, WithFallbacks(builder)) : null;
        }

        if (operation is ComputationKind.Share or ComputationKind.Remainder && PartAndWhole(builder) is { } partWhole)
        {
            return PartOfWhole(builder, operation, partWhole.Part, partWhole.Whole);
        }

        if (operation == ComputationKind.PerYear)
        {
            return PerYear(builder);
        }

        if (operation == ComputationKind.Share && builder.Knowledge.FactsAbout(query.Subjects[0].Id).Any(f => f.Kind == FactKind.Share))
        {
            // A share the sources state ("more than half in the US") answers better than one computed.
            return null;
        }

        return operation is ComputationKind.Remainder ? null : Pair(builder, operation);
    }

    private static Answer? Pair(AnswerBuilder builder, ComputationKind operation)
    {
        var sides = Sides(builder);
        if (sides.Count < 2)
        {
            return null;
        }

        var phrases = ComputationPhrases.For(builder.Language);
        var (a, b) = Ordered(builder.Query, operation, sides[0], sides[1]);
        var headline = phrases.Headline(operation, Subjects(builder, a, b));
        if (a.Fact is null || b.Fact is null)
        {
            return Missing(builder, sides, headline, a.Fact is null ? a.Label : b.Label);
        }

        var (x, y) = (a.Fact.Amount!, b.Fact.Amount!);
        if (!Calculator.Comparable(x, y))
        {
            return NotComparable(builder, sides, headline, a, b);
        }

        Bounds? result = operation switch
        {
            ComputationKind.Ratio => Bounds.Of(x).DividedBy(Bounds.Of(y)),
            ComputationKind.Share => Bounds.Of(x).DividedBy(Bounds.Of(y))?.Times(100m),
            ComputationKind.PercentChange => (Bounds.Of(x) - Bounds.Of(y)).DividedBy(Bounds.Of(y))?.Times(100m),
            _ => Bounds.Of(x) - Bounds.Of(y),
        };
        if (result is not { } bounds)
        {
            return null;
        }

        Fact[] inputs = [a.Fact, b.Fact];
        var figure = operation switch
        {
            ComputationKind.Ratio => Calculator.Relative(operation, bounds, Unit.Times, inputs, builder.Language),
            ComputationKind.Share or ComputationKind.PercentChange => Calculator.Relative(operation, bounds, Unit.Percent, inputs, builder.Language),
            _ => Calculator.Money(operation, bounds, x, inputs, builder.Language),
        };
        var lines = new List<AnswerItem> { ComputedLine(builder, figure, Describe(builder, a), Describe(builder, b), null) };
        if (operation == ComputationKind.Change && (Bounds.Of(x) - Bounds.Of(y)).DividedBy(Bounds.Of(y))?.Times(100m) is { } percent)
        {
            var second = Calculator.Relative(ComputationKind.PercentChange, percent, Unit.Percent, inputs, builder.Language);
            lines.Add(ComputedLine(builder, second, Describe(builder, a), Describe(builder, b), null));
        }
        else if (operation == ComputationKind.PercentChange)
        {
            var absolute = Calculator.Money(ComputationKind.Change, Bounds.Of(x) - Bounds.Of(y), x, inputs, builder.Language);
            lines.Add(ComputedLine(builder, absolute, Describe(builder, a), Describe(builder, b), null));
        }

        builder.Section(null, lines);
        builder.Section(phrases.Inputs, [builder.Line([a.Fact], a.Label), builder.Line([b.Fact], b.Label)]);
        if (operation is ComputationKind.Difference or ComputationKind.Change && bounds.Low < 0 && bounds.High > 0)
        {
            builder.Note(phrases.Straddles);
        }

        Warn(builder, inputs, figure);
        return builder.Build(AnswerKind.Computed, true, headline);
    }

    private static Answer GroupTotal(AnswerBuilder builder, Subject group)
    {
        var query = builder.Query;
        var phrases = ComputationPhrases.For(builder.Language);
        var stated = StatedTotals(builder, group);
        var members = group.Members.Select(builder.Knowledge.FindSubject).OfType<Subject>().ToList();
        var sides = ComparisonSides.Resolve(builder, members);
        var headline = phrases.Headline(ComputationKind.Sum, builder.NameOf(group));

        var lines = new List<AnswerItem>(builder.Lines(stated, labelSubjects: false, limit: 3)
            .Select(line => line with { Label = phrases.StatedLabel }));
        var sum = SumOf(builder, sides);
        if (sum is not null)
        {
            lines.Add(ComputedLine(builder, sum, builder.Phrases.List(sides.Select(s => s.Label)), null, phrases.SumOfMembers));
        }

        builder.Section(null, lines);
        ComparisonSides.AddLines(builder, sides, phrases.MembersFigures);
        if (stated.Count > 0 && sum is not null)
        {
            builder.Note(phrases.StatedFirst);
        }

        if (sum is not null)
        {
            Warn(builder, sum.Inputs, sum);
        }
        else
        {
            builder.Note(builder.Phrases.NoTotal);
        }

        var answered = sum is not null || stated.Any(f => query.Period.IsEmpty || query.Period.MatchesExactly(f.Period) || f.Period.Kind == PeriodKind.Unspecified);
        return builder.Build(AnswerKind.Computed, answered, headline);
    }

    private static Answer Sum(AnswerBuilder builder, IReadOnlyList<(string Label, Fact? Fact)> sides)
    {
        var phrases = ComputationPhrases.For(builder.Language);
        var headline = phrases.Headline(ComputationKind.Sum, builder.Phrases.List(sides.Select(s => s.Label)));
        var sum = SumOf(builder, sides);
        if (sum is not null)
        {
            builder.Section(null, [ComputedLine(builder, sum, builder.Phrases.List(sides.Select(s => s.Label)), null, null)]);
            ComparisonSides.AddLines(builder, sides, phrases.Inputs);
            Warn(builder, sum.Inputs, sum);
            return builder.Build(AnswerKind.Computed, true, headline);
        }

        var found = sides.Where(s => s.Fact is not null).ToList();
        var mixedCurrencies = found.Count == sides.Count && found.Select(s => s.Fact!.Amount!.Currency).Distinct().Count() > 1;
        ComparisonSides.AddLines(builder, sides, notes: !mixedCurrencies);
        if (mixedCurrencies)
        {
            builder.Note(phrases.CannotCompareCurrencies(found[0].Label, found[^1].Label));
            return builder.Build(AnswerKind.Computed, true, headline);
        }

        builder.Note(builder.Phrases.NoTotal);
        return builder.Build(AnswerKind.Computed, false, headline);
    }

    private static ComputedFigure? SumOf(AnswerBuilder builder, IReadOnlyList<(string Label, Fact? Fact)> sides)
    {
        var facts = sides.Select(s => s.Fact).ToList();
        if (facts.Count < 2 || facts.Any(f => f is null) || facts.Select(f => (f!.Amount!.Unit, f.Amount.Currency)).Distinct().Count() != 1)
        {
            return null;
        }

        var total = facts.Skip(1).Aggregate(Bounds.Of(facts[0]!.Amount!), (acc, f) => acc + Bounds.Of(f!.Amount!));
        return Calculator.Money(ComputationKind.Sum, total, facts[0]!.Amount!, [.. facts.Select(f => f!)], builder.Language);
    }

    private static Answer PartOfWhole(AnswerBuilder builder, ComputationKind operation, Fact part, Fact whole)
    {
        var phrases = ComputationPhrases.For(builder.Language);
        var name = builder.NameOf(whole.SubjectId);
        var headline = phrases.Headline(operation, name);
        var (p, w) = (part.Amount!, whole.Amount!);
        if (!Calculator.Comparable(p, w))
        {
            return NotComparable(builder, [(Describe(builder, part), part), (Describe(builder, whole), whole)], headline, (name, part), (name, whole));
        }

        Fact[] inputs = [part, whole];
        var figure = operation == ComputationKind.Share
            ? Bounds.Of(p).DividedBy(Bounds.Of(w))?.Times(100m) is { } share ? Calculator.Relative(operation, share, Unit.Percent, inputs, builder.Language) : null
            : Calculator.Money(operation, Bounds.Of(w) - Bounds.Of(p), w, inputs, builder.Language);
        if (figure is null)
        {
            return NotComparable(builder, [(Describe(builder, part), part), (Describe(builder, whole), whole)], headline, (name, part), (name, whole));
        }

        var period = operation == ComputationKind.Remainder ? phrases.RestOfPeriod(PeriodFormatter.Format(whole.Period, builder.Language)) : null;
        builder.Section(null, [ComputedLine(builder, figure, Describe(builder, part), Describe(builder, whole), period)]);
        builder.Section(phrases.Inputs, [builder.Line([part], name), builder.Line([whole], name)]);
        if (part.Period.Kind != PeriodKind.Unspecified && whole.Period.Kind == PeriodKind.FiscalYear != (part.Period.Kind == PeriodKind.FiscalYear) && whole.Period.Kind != PeriodKind.Unspecified)
        {
            builder.Note(phrases.FiscalVsCalendar(PeriodsOf(builder, inputs)));
        }

        NoteQualifiers(builder, figure);
        return builder.Build(AnswerKind.Computed, true, headline);
    }

    private static Answer? PerYear(AnswerBuilder builder)
    {
        var phrases = ComputationPhrases.For(builder.Language);
        var subject = builder.Query.Subjects[0];
        var candidates = builder.Knowledge.FactsAbout(subject.Id).Concat(builder.Knowledge.FactsInvolving(subject.Id))
            .Where(f => f.Amount is { IsMoney: true } && f.Period.Kind is PeriodKind.NextYears or PeriodKind.Range or PeriodKind.Until)
            .Where(f => builder.Query.Period.UntilYear is not { } until || f.Period.ToYear == until)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var fact = HeadlinePreference.Order(builder.Query, FactOrdering.Order(candidates)).First();
        var headline = phrases.Headline(ComputationKind.PerYear, builder.NameOf(subject));
        var figureText = FigureFormatter.Format(fact.Amount!, builder.Language);
        if (Span(fact.Period) is not { } years)
        {
            builder.Lead(phrases.NoSpan(figureText));
            builder.Section(null, [builder.Line([fact], null)]);
            return builder.Build(AnswerKind.Computed, false, headline);
        }

        var figure = Calculator.Money(ComputationKind.PerYear, Bounds.Of(fact.Amount!).Times(1m / years), fact.Amount!, [fact], builder.Language);
        builder.Section(null, [ComputedLine(builder, figure, $"{figureText} ({PeriodFormatter.Format(fact.Period, builder.Language)})", phrases.Years(years), phrases.PerYearPeriod)]);
        builder.Section(phrases.Inputs, [builder.Line([fact], null)]);
        NoteQualifiers(builder, figure);
        return builder.Build(AnswerKind.Computed, true, headline);
    }

    // The number of years a multi-year period spans, when the source states it.
    private static int? Span(Period period) => period.Kind switch
    {
        PeriodKind.NextYears => period.Years,
        PeriodKind.Range or PeriodKind.Until when period.FromYear is { } from && period.ToYear is { } to && to >= from => to - from + 1,
        _ => null,
    };

    // The part a question names by its period ("im ersten Quartal") and the whole year it belongs to.
    private static (Fact Part, Fact Whole)? PartAndWhole(AnswerBuilder builder)
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
    private static IReadOnlyList<(string Label, Fact? Fact)> Sides(AnswerBuilder builder)
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
        return [.. sameKind.Select(f => ($"{name} ({PeriodFormatter.Format(f.Period, builder.Language)})", (Fact?)f))];
    }

    // A topic matched by the calculation's own verb ("grow" → growth) or a loose "this year" must not leave a
    // side empty; a subject with no figure for the period answers with its figure for another one (the periods
    // note says so), and a subject known only through a partner's figure ("from the UAE") with that figure.
    private static IReadOnlyList<(string Label, Fact? Fact)> WithFallbacks(AnswerBuilder builder)
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
        // Alphabet without a 2024 figure stays missing rather than compared with its 2025 one.
        return [.. sides.Select((side, i) => side.Fact is not null || HeadlineFigure.SpendingYears(builder.Knowledge, query.Subjects[i]).Any()
            ? side
            : (side.Label, AnyFigure(builder, query.Subjects[i])))];
    }

    private static Fact? AnyFigure(AnswerBuilder builder, Subject subject)
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
    private static ((string Label, Fact? Fact) A, (string Label, Fact? Fact) B) Ordered(Query query, ComputationKind operation, (string Label, Fact? Fact) first, (string Label, Fact? Fact) second)
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

    // "Amazon: change 2024 → 2025" for one subject over time, "Microsoft / Meta" for two subjects.
    private static string Subjects(AnswerBuilder builder, (string Label, Fact? Fact) a, (string Label, Fact? Fact) b)
    {
        if (a.Fact is { } x && b.Fact is { } y && x.SubjectId == y.SubjectId && x.Period != y.Period && builder.Query.Subjects.Count == 1)
        {
            var phrases = ComputationPhrases.For(builder.Language);
            return $"{builder.NameOf(x.SubjectId)} ({phrases.Change(PeriodFormatter.Format(y.Period, builder.Language), PeriodFormatter.Format(x.Period, builder.Language))})";
        }

        return $"{a.Label} / {b.Label}";
    }

    private static decimal Size(Fact fact) => fact.Amount!.MinInUnits + fact.Amount.MaxInUnits;

    private static AnswerItem ComputedLine(AnswerBuilder builder, ComputedFigure figure, string a, string? b, string? period)
    {
        builder.Computed(figure);
        var phrases = ComputationPhrases.For(builder.Language);
        var text = phrases.Explain(figure.Operation, a, b ?? string.Empty);
        return new AnswerItem(phrases.ComputedLabel, figure.Figure, period, text, figure.Inputs, builder.CitationsOf(figure.Inputs));
    }

    private static string Describe(AnswerBuilder builder, (string Label, Fact? Fact) side) =>
        $"{side.Label} ({FigureFormatter.Format(side.Fact!.Amount!, builder.Language)}, {PeriodFormatter.Format(side.Fact.Period, builder.Language)})";

    private static string Describe(AnswerBuilder builder, Fact fact) =>
        $"{FigureFormatter.Format(fact.Amount!, builder.Language)} ({PeriodFormatter.Format(fact.Period, builder.Language)})";

    private static Answer Missing(AnswerBuilder builder, IReadOnlyList<(string Label, Fact? Fact)> sides, string headline, string missing)
    {
        builder.Lead(ComputationPhrases.For(builder.Language).Missing(missing));
        ComparisonSides.AddLines(builder, sides);
        return builder.Build(AnswerKind.Computed, false, headline);
    }

    private static Answer NotComparable(AnswerBuilder builder, IReadOnlyList<(string Label, Fact? Fact)> sides, string headline, (string Label, Fact? Fact) a, (string Label, Fact? Fact) b)
    {
        var phrases = ComputationPhrases.For(builder.Language);
        ComparisonSides.AddLines(builder, sides, notes: false);
        builder.Note(a.Fact!.Amount!.Unit == b.Fact!.Amount!.Unit ? phrases.CannotCompareCurrencies(a.Label, b.Label) : phrases.CannotCompareUnits);
        return builder.Build(AnswerKind.Computed, true, headline);
    }

    // Periods that differ make the calculation approximate; say which and why.
    private static void Warn(AnswerBuilder builder, IReadOnlyList<Fact> inputs, ComputedFigure figure)
    {
        var phrases = ComputationPhrases.For(builder.Language);
        var periods = PeriodsOf(builder, inputs);
        var kinds = inputs.Select(f => f.Period.Kind).Distinct().ToList();
        if (kinds.Contains(PeriodKind.FiscalYear) && kinds.Count > 1)
        {
            builder.Note(phrases.FiscalVsCalendar(periods));
        }
        else if (inputs.Select(f => f.Period).Distinct().Count() > 1 && inputs.Select(f => f.SubjectId).Distinct().Count() > 1)
        {
            // One subject over time (2024 → 2025) differs in period by design; different subjects should not.
            builder.Note(phrases.DifferentPeriods(periods));
        }

        NoteQualifiers(builder, figure);
    }

    private static void NoteQualifiers(AnswerBuilder builder, ComputedFigure figure)
    {
        var phrases = ComputationPhrases.For(builder.Language);
        if (figure.Bounds.Uncertain)
        {
            builder.Note(phrases.Uncertain);
        }
        else if (figure.Bounds.Approximate && figure.Amount.Qualifier != Qualifier.Around)
        {
            builder.Note(phrases.ApproximateInputs);
        }

        if (figure.Rounded)
        {
            builder.Note(phrases.Rounded);
        }
    }

    private static string PeriodsOf(AnswerBuilder builder, IEnumerable<Fact> inputs) =>
        string.Join(" / ", inputs.Select(f => PeriodFormatter.Format(f.Period, builder.Language)).Distinct());

    // The group's own stated totals: for the asked period first, then those without a period, then spans touching it.
    private static List<Fact> StatedTotals(AnswerBuilder builder, Subject group)
    {
        var period = builder.Query.Period;
        var money = builder.Knowledge.FactsAbout(group.Id).Where(f => f.Amount is { IsMoney: true }).ToList();
        return [.. money
            .Where(f => period.IsEmpty || period.MatchesExactly(f.Period) || f.Period.Kind == PeriodKind.Unspecified || period.Overlaps(f.Period))
            .OrderBy(f => period.IsEmpty || period.MatchesExactly(f.Period) ? 0 : f.Period.Kind == PeriodKind.Unspecified ? 1 : 2)
            .ThenBy(FactOrdering.Key)];
    }
}
