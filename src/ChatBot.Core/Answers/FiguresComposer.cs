using ChatBot.Core.Knowledge;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>
/// Answers "what are the figures for X": the figures matching the question's period and topic first, then,
/// clearly separated, the subject's other figures, so a user always sees what exists.
/// </summary>
internal static class FiguresComposer
{
    private const int MainLimit = 10;
    private const int OtherLimit = 5;
    private const int RelatedLimit = 4;

    public static Answer Compose(AnswerBuilder builder)
    {
        var query = builder.Query;
        if (query.Subjects.Count == 1)
        {
            var answered = AddSubject(builder, query.Subjects[0], titled: false);
            return builder.Build(AnswerKind.Figures, answered, Headline(builder, query.Subjects[0]));
        }

        var any = false;
        foreach (var subject in query.Subjects)
        {
            any |= AddSubject(builder, subject, titled: true);
        }

        var names = builder.Phrases.List(query.Subjects.Select(builder.NameOf));
        return builder.Build(AnswerKind.Figures, any, Headline(builder, names));
    }

    /// <summary>Figures on a topic across all subjects ("Was wird in Rechenzentren investiert?").</summary>
    public static Answer ComposeTopic(AnswerBuilder builder)
    {
        var query = builder.Query;
        var index = RetrievalIndex.For(builder.Knowledge);
        // One topic's list is already in fact order; ordering it again changes nothing, so there is no shortcut.
        var topical = FactOrdering.Order(query.Topics.SelectMany(index.OnTopic).Distinct()).ToList();
        var period = query.Period;
        var main = period.IsEmpty ? topical : topical.Where(f => period.MatchesExactly(f.Period));
        var other = period.IsEmpty ? [] : topical.Where(f => !period.MatchesExactly(f.Period) && (period.Overlaps(f.Period) || f.Period.Kind == PeriodKind.Unspecified));
        var mainLines = builder.Lines(main, labelSubjects: true, MainLimit);
        if (mainLines.Count == 0 && period.IsRelative)
        {
            builder.Lead(builder.Phrases.NoFigureForPeriodYet(TopicNames(builder)));
            mainLines = builder.Lines(topical, labelSubjects: true, MainLimit);
            other = [];
        }
        else if (mainLines.Count == 0 && !period.IsEmpty)
        {
            builder.Lead(builder.Phrases.NoFigureForPeriod(TopicNames(builder), Describe(period, builder)));
        }

        builder.Section(null, mainLines);
        builder.Section(builder.Phrases.OtherPeriods, builder.Lines(other, labelSubjects: true, OtherLimit));
        return builder.Build(AnswerKind.Figures, mainLines.Count > 0, builder.Phrases.TopicHeadline(TopicNames(builder)));
    }

    /// <summary>Figures linking the question's subjects to each other (Microsoft's investments in OpenAI).</summary>
    public static Answer ComposeRelation(AnswerBuilder builder, IReadOnlyList<Fact> relations)
    {
        var query = builder.Query;
        var names = builder.Phrases.List(query.Subjects.Select(builder.NameOf));
        var (main, other, partial) = SplitByPeriod(builder, [.. relations], names);
        if (JointPartner(builder, main) is { } partner)
        {
            // "How much is SoftBank putting into Stargate?": only the partners' joint total is known.
            builder.Lead(builder.Phrases.NoSeparateShare(builder.NameOf(partner.Partner), builder.Phrases.List(partner.Fact.Related.Select(builder.NameOf))));
            partial = true;
        }

        builder.Section(null, builder.Lines(HeadlinePreference.Order(query, FactOrdering.Order(main)), labelSubjects: true, MainLimit, inFactOrder: false));
        builder.Section(builder.Phrases.OtherPeriods, builder.Lines(FactOrdering.Order(other), labelSubjects: true, OtherLimit));
        return builder.Build(AnswerKind.Figures, main.Count > 0 && !partial, Headline(builder, names));
    }

    /// <summary>
    /// "How much of the 364 bn is Microsoft's?": the quoted figure belongs to a whole the subject is part of; the
    /// subject's own part is not known, which the answer says first (not answered), then shows the whole.
    /// </summary>
    public static Answer ComposePartOfQuoted(AnswerBuilder builder, Subject subject, IReadOnlyList<Fact> wholes)
    {
        builder.Lead(builder.Phrases.NoSeparateShare(builder.NameOf(subject), builder.Phrases.List(wholes.Select(f => builder.NameOf(f.SubjectId)).Distinct())));
        builder.Section(null, builder.Lines(FactOrdering.Order(wholes), labelSubjects: true, MainLimit));
        return builder.Build(AnswerKind.Figures, false, builder.Phrases.FoundHeadline);
    }

    /// <summary>Facts found by their wording or by a number the question quotes, with their sources.</summary>
    public static Answer ComposeFound(AnswerBuilder builder, IReadOnlyList<Fact> found)
    {
        var (main, other, _) = SplitByPeriod(builder, [.. found], builder.Phrases.TheseFigures);
        builder.Section(null, builder.Lines(FactOrdering.Order(main), labelSubjects: true, MainLimit));
        builder.Section(builder.Phrases.OtherPeriods, builder.Lines(FactOrdering.Order(other), labelSubjects: true, OtherLimit));
        return builder.Build(AnswerKind.Figures, main.Count > 0, builder.Phrases.FoundHeadline);
    }

    private static bool AddSubject(AnswerBuilder builder, Subject subject, bool titled)
    {
        var query = builder.Query;
        var name = builder.NameOf(subject);
        var primary = builder.Knowledge.FactsAbout(subject.Id);
        var involving = builder.Knowledge.FactsInvolving(subject.Id).Where(f => !query.Subjects.Any(s => s.Id == f.SubjectId)).ToList();

        // A subject known only through others' facts (OpenAI via Microsoft and Oracle) is answered from those.
        var ownFacts = primary.Count > 0;
        var candidates = WithoutAsides(ownFacts ? primary : involving);
        var rest = new List<Fact>();
        var missing = false;

        if (query.Topics.Count > 0)
        {
            var topical = candidates.Where(f => TopicMatching.Matches(f, query.Topics)).ToList();
            if (topical.Count == 0)
            {
                builder.Lead(builder.Phrases.NoFigureForTopic(name, TopicNames(builder)));
                missing = true;
            }

            rest = [.. candidates.Except(topical)];
            candidates = topical;
        }

        candidates = NarrowByMentions(builder, candidates);
        var (main, otherPeriods, partial) = SplitByPeriod(builder, candidates, name);
        if ((candidates.Count > 0 && main.Count == 0) || partial)
        {
            missing = true;
        }

        // A country's figure naming a partner ("€20 billion of France's plan from Brookfield") is the partner's
        // own contribution; a company's figure naming one (Microsoft's investment in OpenAI) is not.
        var partnerOwn = main.All(f => builder.Knowledge.FindSubject(f.SubjectId)?.Kind is SubjectKind.Country or SubjectKind.Region);
        // "Jensen Huang's forecast": a question asking for the very kind of figure (an estimate) is answered by the
        // one the subject made, though it is not the subject's own investment.
        var askedKind = query.Topics.Any(t => main.All(f => t.Kinds.Contains(f.Kind)));
        // partnerOwn holds for an empty main (All of no figures), so an empty main never leads here.
        if (!ownFacts && query.AsksAmount && !partnerOwn && !askedKind)
        {
            // Known only through others' figures: SoftBank through Stargate's joint total, Nvidia through its
            // CEO's market estimate. Its own amount is not known, and the answer says so first.
            builder.Lead(JointPartner(builder, main, subject) is { } joint
                ? builder.Phrases.NoSeparateShare(name, builder.Phrases.List(joint.Fact.Related.Select(builder.NameOf)))
                : builder.Phrases.NoOwnFigure(name));
            missing = true;
        }
        else if (query.AsksAmount && main.Count > 0 && main.All(f => f.Amount is null))
        {
            builder.Lead(builder.Phrases.NoAmount(name));
            missing = true;
        }

        if (candidates.Count == 0 && !missing)
        {
            // Not answered all the same: there is no main figure.
            builder.Lead(builder.Phrases.NoFigureAtAll(name));
        }

        var bySize = query.Intent == QueryIntent.Rank;
        var ordered = bySize ? FactOrdering.BySize(main, query.Ascending) : FactOrdering.Order(main);
        var byRelevance = RelevanceOrder(builder, ordered.ToList());
        var labelSubjects = !ownFacts;
        var preferred = HeadlinePreference.Order(query, byRelevance ?? ordered).ToList();
        if (query.AsksWhen && preferred.Select(f => WhenStated.Lead(f, builder)).FirstOrDefault(w => w is not null) is { } when)
        {
            builder.Lead(when);
        }

        var asksRelative = query.Computation is ComputationKind.Share or ComputationKind.PercentChange;
        var (money, moreFigures) = !titled && ownFacts && byRelevance is null && !bySize && !asksRelative ? MoneyFirst(preferred) : (preferred, []);
        builder.Section(titled ? name : null, builder.Lines(money, labelSubjects, MainLimit, inFactOrder: false));
        builder.Section(builder.Phrases.MoreFiguresTitle, MoreFiguresLine(builder, moreFigures));
        builder.Section(builder.Phrases.OtherPeriods + (titled ? $" ({name})" : string.Empty), builder.Lines(FactOrdering.Order(otherPeriods), labelSubjects, OtherLimit));
        if (missing)
        {
            builder.Section(builder.Phrases.OtherFigures(name), builder.Lines(FactOrdering.Order(rest.Count > 0 ? rest : candidates.Except(otherPeriods).Except(main)), labelSubjects, OtherLimit));
        }

        if (ownFacts && !titled)
        {
            var relevantInvolving = involving.Where(f => f.Amount is not null && Relevant(query, f)).ToList();
            builder.Section(builder.Phrases.Involving(name), builder.Lines(FactOrdering.Order(relevantInvolving), labelSubjects: true, RelatedLimit));
        }

        return !missing && main.Count > 0;
    }

    // A question about a company's investments leads with money; counts, rates and model sizes follow on one line.
    private static (List<Fact> Money, List<Fact> Other) MoneyFirst(List<Fact> facts)
    {
        var money = facts.Where(f => f.Amount is not { } a || a.IsMoney).ToList();
        return money.Any(f => f.Amount is not null) ? (money, [.. facts.Except(money)]) : (facts, []);
    }

    private static IReadOnlyList<AnswerItem> MoreFiguresLine(AnswerBuilder builder, List<Fact> facts)
    {
        if (facts.Count == 0)
        {
            return [];
        }

        var groups = FigureGroups.Group(facts, OtherLimit, inFactOrder: false);
        var text = string.Join("; ", groups.Select(g =>
        {
            var fact = g[0];
            var period = fact.Period.Kind == PeriodKind.Unspecified ? string.Empty : ", " + builder.Period(fact.Period);
            return $"{builder.Figures.Format(fact.Amount!)} ({builder.Phrases.KindName(fact.Kind)}{period})";
        }));
        var all = groups.SelectMany(g => g).ToList();
        return [new AnswerItem(null, null, null, text, all, builder.CitationsOf(all))];
    }

    // A fact on a project or group that names the asked subject as one of several partners: a joint total.
    private static (Fact Fact, string Partner)? JointPartner(AnswerBuilder builder, IReadOnlyList<Fact> facts, Subject? only = null)
    {
        var asked = only is null ? builder.Query.Subjects : [only];
        foreach (var fact in facts)
        {
            if (fact.Related.Count < 2)
            {
                continue;
            }

            var partner = asked.FirstOrDefault(s => s.Id != fact.SubjectId && fact.Related.Contains(s.Id) && s.Kind is SubjectKind.Company or SubjectKind.Organisation);
            if (partner is not null && !facts.Any(f => f.SubjectId == partner.Id)
                && builder.Knowledge.FindSubject(fact.SubjectId)?.Kind is SubjectKind.Project or SubjectKind.Group)
            {
                return (fact, partner.Id);
            }
        }

        return null;
    }

    // Figures whose sentences share the question's distinctive words lead ("Servercluster" → the cluster
    // figure); a question about money keeps spending figures first. Null when no word makes a difference.
    private static List<Fact>? RelevanceOrder(AnswerBuilder builder, List<Fact> ordered)
    {
        // No keyword, or a single figure, gives every figure the same score: null below, without a shortcut.
        var keywords = builder.Query.Keywords;
        var index = RetrievalIndex.For(builder.Knowledge);
        var scores = ordered.ToDictionary(f => f, f => keywords.Count(k => index.Mentions(f, k)));
        if (scores.Values.Distinct().Count() < 2)
        {
            return null;
        }

        return builder.Query.AsksAmount
            ? [.. ordered.OrderBy(f => FactOrdering.Tier(f.Kind)).ThenByDescending(f => scores[f])]
            : [.. ordered.OrderByDescending(f => scores[f])];
    }

    // Words the parser did not know ("in Afrika", "laut Financial Times") narrow a subject's figures when some
    // of its sentences mention them; otherwise they are ignored, so an odd word never hides an answer.
    private static List<Fact> NarrowByMentions(AnswerBuilder builder, List<Fact> candidates)
    {
        // No name mentions nothing, and a single figure stays whether mentioned or not: no shortcut needed.
        var names = builder.Query.UnknownNames.Where(n => char.IsUpper(n[0])).ToList();
        var index = RetrievalIndex.For(builder.Knowledge);
        var mentioned = names
            .SelectMany(name => index.Mentioning(Text.TextFolding.Fold(name)))
            .ToHashSet();
        var narrowed = candidates.Where(mentioned.Contains).ToList();
        return narrowed.Count > 0 ? narrowed : candidates;
    }

    // Notes without a figure ("Jassy expects relief in H2") only lead when a subject has nothing else.
    private static List<Fact> WithoutAsides(IReadOnlyList<Fact> facts) =>
        facts.Any(f => f.Kind != FactKind.Note) ? [.. facts.Where(f => f.Kind != FactKind.Note)] : [.. facts];

    // With a period asked: exact matches lead; facts that merely overlap it follow as "other periods". Partial
    // is true when the figures shown do not answer the period asked (the year for a half-year).
    private static (List<Fact> Main, List<Fact> Other, bool Partial) SplitByPeriod(AnswerBuilder builder, List<Fact> facts, string subjectName)
    {
        var period = builder.Query.Period;
        if (period.IsEmpty)
        {
            return (facts, [], false);
        }

        var exact = facts.Where(f => period.MatchesExactly(f.Period)).ToList();
        var overlapping = facts.Where(f => !exact.Contains(f) && (period.Overlaps(f.Period) || f.Period.Kind == PeriodKind.Unspecified)).ToList();
        if (exact.Count == 0 && facts.Count > 0 && period.IsRelative)
        {
            builder.Lead(builder.Phrases.NoFigureForPeriodYet(subjectName));
            return (facts, [], false);
        }

        // Nothing for "Q1 2025" or "January 2025", but figures for 2025 as a whole: said plainly, and not an answer.
        var wholeYear = period with { Quarter = null, Half = null, Month = null };
        if (exact.Count == 0 && wholeYear != period && !wholeYear.IsEmpty && facts.Where(f => wholeYear.MatchesExactly(f.Period)).ToList() is { Count: > 0 } inYear)
        {
            builder.Lead(builder.Phrases.NoFigureForPartButYear(subjectName, Describe(period, builder), Describe(wholeYear, builder)));
            return (inYear, [.. overlapping.Except(inYear)], true);
        }

        // "Meta's 2028 plan": a plan running until the year asked is what the question means; the line says "until".
        if (exact.Count == 0 && period is { Years: [var year], Quarter: null, Half: null, Month: null }
            && overlapping.Where(f => f.Period.Kind is PeriodKind.Until or PeriodKind.Range && f.Period.ToYear == year).ToList() is { Count: > 0 } plans)
        {
            builder.Note(builder.Phrases.PlanUntilYear(year));
            return (plans, [.. overlapping.Except(plans)], false);
        }

        if (exact.Count == 0 && facts.Count > 0)
        {
            builder.Lead(builder.Phrases.NoFigureForPeriod(subjectName, Describe(period, builder)));
            // Stryker disable once Boolean : with no main figure every caller already answers "not answered"
            return ([], overlapping.Count > 0 ? overlapping : facts, false);
        }

        return (exact, overlapping, false);
    }

    private static bool Relevant(Query query, Fact fact) =>
        (query.Topics.Count == 0 || TopicMatching.Matches(fact, query.Topics))
        && (query.Period.IsEmpty || query.Period.Overlaps(fact.Period));

    private static string Headline(AnswerBuilder builder, Subject subject) => Headline(builder, builder.NameOf(subject));

    private static string Headline(AnswerBuilder builder, string names)
    {
        var query = builder.Query;
        if (query.Period.UntilYear is { } until)
        {
            return builder.Phrases.FiguresUntilHeadline(names, until);
        }

        if (!query.Period.IsEmpty)
        {
            return builder.Phrases.FiguresForPeriodHeadline(names, Describe(query.Period, builder));
        }

        return query.Topics.Count > 0 ? $"{names}: {TopicNames(builder)}" : builder.Phrases.FiguresHeadline(names);
    }

    private static string TopicNames(AnswerBuilder builder) =>
        builder.Phrases.List(builder.Query.Topics.Select(t => t.Name.In(builder.Language)));

    public static string Describe(PeriodFilter period, AnswerBuilder builder) => PeriodFormatter.Describe(period, builder.Periods);
}
