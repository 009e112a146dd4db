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
                : query.Subjects.Count >= 2 || query.Period.Years.Count >= 2 ? Sum(builder, ComputationOperands.WithFallbacks(builder)) : null;
        }

        if (operation is ComputationKind.Share or ComputationKind.Remainder && ComputationOperands.PartAndWhole(builder) is { } partWhole)
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

    /// <summary>
    /// The total of the figures tying the question's subjects together (Microsoft's investments in OpenAI): the
    /// facts whose subject is one of them and which name another, one kind, one currency; null when fewer than two.
    /// </summary>
    public static Answer? RelationTotal(AnswerBuilder builder, IReadOnlyList<Fact> relations)
    {
        var ids = builder.Query.Subjects.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var direct = relations.Where(f => ids.Contains(f.SubjectId) && f.Amount is { IsMoney: true }).ToList();
        var figures = FigureGroups.Group(FactOrdering.Order(direct)).Select(g => g[0]).ToList();
        if (figures.Count < 2 || figures.Select(f => (f.Kind, f.Amount!.Currency, f.SubjectId)).Distinct().Count() != 1)
        {
            return null;
        }

        var phrases = builder.Computation;
        var names = builder.Phrases.List(builder.Query.Subjects.Select(builder.NameOf));
        var sides = figures.Select(f => ((string Label, Fact? Fact))(builder.NameOf(f.SubjectId), f)).ToList();
        var sum = SumOf(builder, sides)!;
        builder.Section(null, [ComputedLine(builder, sum, builder.Phrases.List(sides.Select(s => builder.Figures.Format(s.Fact!.Amount!))), null, null)]);
        ComparisonSides.AddLines(builder, sides, phrases.Inputs, notes: false);
        NoteQualifiers(builder, sum);
        return builder.Build(AnswerKind.Computed, true, phrases.Headline(ComputationKind.Sum, names));
    }

    private static Answer? Pair(AnswerBuilder builder, ComputationKind operation)
    {
        var sides = ComputationOperands.Sides(builder);
        if (sides.Count < 2)
        {
            return null;
        }

        var phrases = builder.Computation;
        var (a, b) = ComputationOperands.Ordered(builder.Query, operation, sides[0], sides[1]);
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
            ComputationKind.Ratio => Calculator.Relative(operation, bounds, Unit.Times, inputs, builder.Figures),
            ComputationKind.Share or ComputationKind.PercentChange => Calculator.Relative(operation, bounds, Unit.Percent, inputs, builder.Figures),
            _ => Calculator.Money(operation, bounds, x, inputs, builder.Figures),
        };
        var lines = new List<AnswerItem> { ComputedLine(builder, figure, Describe(builder, a), Describe(builder, b), null) };
        if (operation == ComputationKind.Change && (Bounds.Of(x) - Bounds.Of(y)).DividedBy(Bounds.Of(y))?.Times(100m) is { } percent)
        {
            var second = Calculator.Relative(ComputationKind.PercentChange, percent, Unit.Percent, inputs, builder.Figures);
            lines.Add(ComputedLine(builder, second, Describe(builder, a), Describe(builder, b), null));
        }
        else if (operation == ComputationKind.PercentChange)
        {
            var absolute = Calculator.Money(ComputationKind.Change, Bounds.Of(x) - Bounds.Of(y), x, inputs, builder.Figures);
            lines.Add(ComputedLine(builder, absolute, Describe(builder, a), Describe(builder, b), null));
        }

        builder.Section(null, lines);
        builder.Section(phrases.Inputs, [builder.Line([a.Fact], a.Label), builder.Line([b.Fact], b.Label)]);
        if (operation is ComputationKind.Difference or ComputationKind.Ratio && builder.Query.BaseSubjectId == a.Fact.SubjectId && a.Fact.SubjectId != b.Fact.SubjectId)
        {
            // "How much more does Facebook spend than Google?" when Google's figure is the higher one.
            builder.Note(builder.Phrases.Higher(a.Label));
        }

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
        var phrases = builder.Computation;
        var stated = ComputationOperands.StatedTotals(builder, group);
        var members = group.Members.Select(builder.Knowledge.FindSubject).OfType<Subject>().ToList();
        var sides = ComparisonSides.Resolve(builder, members);
        var headline = phrases.Headline(ComputationKind.Sum, builder.NameOf(group));

        // Stryker disable once Boolean : every stated line's label is replaced with the "stated" label just below
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

    /// <summary>
    /// "Oracle deals combined?": one subject's two separate figures of one kind, each for its own part of a year
    /// (a deal in June, another in September), add up. Whole years and a year with its own quarter never do —
    /// the first is a question of which year, the second would count the quarter twice.
    /// </summary>
    public static Answer? SeparateFiguresTotal(AnswerBuilder builder)
    {
        var query = builder.Query;
        if (!query.AsksTotal || query.Computation is not null || query.Subjects is not [{ Kind: not SubjectKind.Group }])
        {
            return null;
        }

        var sides = ComputationOperands.Sides(builder);
        if (sides is not [{ Fact: { } a }, { Fact: { } b }]
            || a.Kind != b.Kind || a.Period.Kind != b.Period.Kind || a.Period == b.Period
            || FactOrdering.Granularity(a.Period) != 1 || a.Amount!.Currency != b.Amount!.Currency)
        {
            return null;
        }

        return Sum(builder, sides);
    }

    private static Answer Sum(AnswerBuilder builder, IReadOnlyList<(string Label, Fact? Fact)> sides)
    {
        var phrases = builder.Computation;
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
        return Calculator.Money(ComputationKind.Sum, total, facts[0]!.Amount!, [.. facts.Select(f => f!)], builder.Figures);
    }

    private static Answer PartOfWhole(AnswerBuilder builder, ComputationKind operation, Fact part, Fact whole)
    {
        var phrases = builder.Computation;
        var name = builder.NameOf(whole.SubjectId);
        var headline = phrases.Headline(operation, name);
        var (p, w) = (part.Amount!, whole.Amount!);
        if (!Calculator.Comparable(p, w))
        {
            return NotComparable(builder, [(Describe(builder, part), part), (Describe(builder, whole), whole)], headline, (name, part), (name, whole));
        }

        Fact[] inputs = [part, whole];
        var figure = operation == ComputationKind.Share
            ? Bounds.Of(p).DividedBy(Bounds.Of(w))?.Times(100m) is { } share ? Calculator.Relative(operation, share, Unit.Percent, inputs, builder.Figures) : null
            : Calculator.Money(operation, Bounds.Of(w) - Bounds.Of(p), w, inputs, builder.Figures);
        if (figure is null)
        {
            return NotComparable(builder, [(Describe(builder, part), part), (Describe(builder, whole), whole)], headline, (name, part), (name, whole));
        }

        var period = operation == ComputationKind.Remainder ? phrases.RestOfPeriod(builder.Period(whole.Period)) : null;
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
        var phrases = builder.Computation;
        var subject = builder.Query.Subjects[0];
        var candidates = builder.Knowledge.FactsAbout(subject.Id).Concat(builder.Knowledge.FactsInvolving(subject.Id))
            .Where(f => f.Amount is { IsMoney: true } && f.Period.Kind is PeriodKind.NextYears or PeriodKind.Range or PeriodKind.Until)
            .Where(f => builder.Query.Period.UntilYear is not { } until || f.Period.ToYear == until)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // Stryker disable once Linq : candidates is not empty here, so First and FirstOrDefault return the same fact
        var fact = HeadlinePreference.Order(builder.Query, FactOrdering.Order(candidates)).First();
        var headline = phrases.Headline(ComputationKind.PerYear, builder.NameOf(subject));
        var figureText = builder.Figures.Format(fact.Amount!);
        if (ComputationOperands.Span(fact.Period) is not { } years)
        {
            builder.Lead(phrases.NoSpan(figureText));
            builder.Section(null, [builder.Line([fact], null)]);
            return builder.Build(AnswerKind.Computed, false, headline);
        }

        var figure = Calculator.Money(ComputationKind.PerYear, Bounds.Of(fact.Amount!).Times(1m / years), fact.Amount!, [fact], builder.Figures);
        builder.Section(null, [ComputedLine(builder, figure, $"{figureText} ({builder.Period(fact.Period)})", phrases.Years(years), phrases.PerYearPeriod)]);
        builder.Section(phrases.Inputs, [builder.Line([fact], null)]);
        NoteQualifiers(builder, figure);
        return builder.Build(AnswerKind.Computed, true, headline);
    }

    // "Amazon: change 2024 → 2025" for one subject over time, "Microsoft / Meta" for two subjects.
    private static string Subjects(AnswerBuilder builder, (string Label, Fact? Fact) a, (string Label, Fact? Fact) b)
    {
        if (a.Fact is { } x && b.Fact is { } y && x.SubjectId == y.SubjectId && x.Period != y.Period && builder.Query.Subjects.Count == 1)
        {
            var phrases = builder.Computation;
            return $"{builder.NameOf(x.SubjectId)} ({phrases.Change(builder.Period(y.Period), builder.Period(x.Period))})";
        }

        return $"{a.Label} / {b.Label}";
    }

    /// <summary>The computed line: records the figure as computed and explains it from its two sides.</summary>
    internal static AnswerItem ComputedLine(AnswerBuilder builder, ComputedFigure figure, string a, string? b, string? period)
    {
        builder.Computed(figure);
        var phrases = builder.Computation;
        var text = phrases.Explain(figure.Operation, a, b ?? string.Empty);
        return new AnswerItem(phrases.ComputedLabel, figure.Figure, period, text, figure.Inputs, builder.CitationsOf(figure.Inputs));
    }

    /// <summary>A side as "label (figure, period)".</summary>
    internal static string Describe(AnswerBuilder builder, (string Label, Fact? Fact) side) =>
        $"{side.Label} ({builder.Figures.Format(side.Fact!.Amount!)}, {builder.Period(side.Fact.Period)})";

    private static string Describe(AnswerBuilder builder, Fact fact) =>
        $"{builder.Figures.Format(fact.Amount!)} ({builder.Period(fact.Period)})";

    private static Answer Missing(AnswerBuilder builder, IReadOnlyList<(string Label, Fact? Fact)> sides, string headline, string missing)
    {
        builder.Lead(builder.Computation.Missing(missing));
        ComparisonSides.AddLines(builder, sides);
        return builder.Build(AnswerKind.Computed, false, headline);
    }

    private static Answer NotComparable(AnswerBuilder builder, IReadOnlyList<(string Label, Fact? Fact)> sides, string headline, (string Label, Fact? Fact) a, (string Label, Fact? Fact) b)
    {
        var phrases = builder.Computation;
        ComparisonSides.AddLines(builder, sides, notes: false);
        builder.Note(a.Fact!.Amount!.Unit == b.Fact!.Amount!.Unit ? phrases.CannotCompareCurrencies(a.Label, b.Label) : phrases.CannotCompareUnits);
        return builder.Build(AnswerKind.Computed, true, headline);
    }

    // Periods that differ make the calculation approximate; say which and why.
    private static void Warn(AnswerBuilder builder, IReadOnlyList<Fact> inputs, ComputedFigure figure)
    {
        var phrases = builder.Computation;
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
        var phrases = builder.Computation;
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
        string.Join(" / ", inputs.Select(f => builder.Period(f.Period)).Distinct());

}
