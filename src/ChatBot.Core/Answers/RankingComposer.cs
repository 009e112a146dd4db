using ChatBot.Core.Knowledge;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>Orders companies by their spending figure for one year ("Wer investiert 2025 am meisten?").</summary>
internal static class RankingComposer
{
    private const int Limit = 10;

    /// <param name="builder">The answer under construction.</param>
    /// <param name="among">Subject ids to rank (a group's members); all companies when null.</param>
    public static Answer Compose(AnswerBuilder builder, IReadOnlyList<string>? among = null)
    {
        var query = builder.Query;
        var knowledge = builder.Knowledge;
        var index = RetrievalIndex.For(knowledge);
        var year = query.Period.Years.Count > 0 ? query.Period.Years[0] : index.MostCoveredYear;
        var period = query.Period.Years.Count > 0 ? query.Period : new PeriodFilter(year is { } y ? [y] : []);
        var periodText = FiguresComposer.Describe(period, builder);
        if (year is null)
        {
            return builder.Build(AnswerKind.Ranking, false, builder.Phrases.NoRanking(periodText));
        }

        IEnumerable<Fact> best = IsWholeYear(query)
            ? index.YearRanking(year.Value)
            : BestPerCompany(knowledge, period, query).OrderByDescending(f => f.Amount!.MaxInUnits);
        if (among is not null)
        {
            best = best.Where(f => among.Contains(f.SubjectId));
        }

        // "Wer investiert am meisten, außer Amazon?"
        best = best.Where(f => !query.ExcludedSubjectIds.Contains(f.SubjectId));

        var ranked = (query.Ascending ? best.Reverse() : best).ToList();
        if (ranked.Count == 0)
        {
            return builder.Build(AnswerKind.Ranking, false, builder.Phrases.NoRanking(periodText));
        }

        builder.Section(null, [.. ranked.Take(Limit).Select((fact, i) => builder.Line([fact], $"{i + 1}. {builder.NameOf(fact.SubjectId)}"))]);
        if (query.Period.Years.Count == 0)
        {
            builder.Note(builder.Phrases.RankingChosenYear(year.Value));
        }

        if (ranked.Take(Limit).Select(f => f.Period.Kind).Distinct().Count() > 1)
        {
            builder.Note(builder.Phrases.RankingFiscalNote);
        }

        var leftOutIds = IsWholeYear(query)
            ? index.WithoutYearFigure(year.Value)
            : [.. index.SubjectsWithSpending.Except(ranked.Select(f => f.SubjectId)).Order(StringComparer.Ordinal)];
        var leftOut = leftOutIds
            .Where(id => among is null || among.Contains(id))
            .Select(builder.NameOf)
            .ToList();
        if (leftOut.Count > 0)
        {
            builder.Note(builder.Phrases.RankingLeftOut(builder.Phrases.ShortList(leftOut)));
        }

        var headline = query.Ascending ? builder.Phrases.RankingAscendingHeadline(periodText) : builder.Phrases.RankingHeadline(periodText);
        return builder.Build(AnswerKind.Ranking, true, headline);
    }

    // A plain "year" question can use the per-year index; quarters, months and topics need the general path.
    private static bool IsWholeYear(Query query) =>
        query.Topics.Count == 0 && query.Period is { Quarter: null, Half: null, Month: null, UntilYear: null };

    private static IEnumerable<Fact> BestPerCompany(KnowledgeBase knowledge, PeriodFilter period, Query query) => knowledge.Subjects
        .Where(s => s.Kind == SubjectKind.Company)
        // Deals rank only when the question asks about deals ("the biggest single deal").
        .Select(c => HeadlineFigure.For(knowledge, c, period, null, query.Topics, allowDeals: query.Topics.Any(t => t.Kinds.Contains(FactKind.Deal))))
        .OfType<Fact>()
        .Where(FactOrdering.IsRankable);
}
