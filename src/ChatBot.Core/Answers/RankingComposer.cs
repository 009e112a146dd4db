using ChatBot.Core.Knowledge;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>Orders companies by their spending figure for one year ("Wer investiert 2025 am meisten?").</summary>
internal static class RankingComposer
{
    private const int Limit = 10;

    public static Answer Compose(AnswerBuilder builder)
    {
        var query = builder.Query;
        var knowledge = builder.Knowledge;
        var companies = knowledge.Subjects.Where(s => s.Kind == SubjectKind.Company).ToList();
        var year = query.Period.Years.Count > 0 ? query.Period.Years[0] : MostCoveredYear(knowledge, companies);
        var period = query.Period.Years.Count > 0 ? query.Period : new PeriodFilter(year is { } y ? [y] : []);
        var periodText = FiguresComposer.Describe(period, builder.Language);
        if (year is null)
        {
            return builder.Build(AnswerKind.Ranking, false, builder.Phrases.NoRanking(periodText));
        }

        var ranked = companies
            .Select(c => (Company: c, Fact: HeadlineFigure.For(knowledge, c, period, null, query.Topics, allowDeals: false)))
            .Where(r => r.Fact is not null && r.Fact.Amount!.Currency == "USD")
            .ToList();
        ranked = query.Ascending
            ? [.. ranked.OrderBy(r => r.Fact!.Amount!.MaxInUnits)]
            : [.. ranked.OrderByDescending(r => r.Fact!.Amount!.MaxInUnits)];

        var headline = query.Ascending ? builder.Phrases.RankingAscendingHeadline(periodText) : builder.Phrases.RankingHeadline(periodText);
        if (ranked.Count == 0)
        {
            return builder.Build(AnswerKind.Ranking, false, builder.Phrases.NoRanking(periodText));
        }

        builder.Section(null, [.. ranked.Take(Limit).Select((r, i) => builder.Line([r.Fact!], $"{i + 1}. {builder.NameOf(r.Company)}"))]);
        if (query.Period.Years.Count == 0)
        {
            builder.Note(builder.Phrases.RankingChosenYear(year.Value));
        }

        if (ranked.Select(r => r.Fact!.Period.Kind).Distinct().Count() > 1)
        {
            builder.Note(builder.Phrases.RankingFiscalNote);
        }

        var leftOut = companies
            .Where(c => ranked.All(r => r.Company != c) && HeadlineFigure.SpendingYears(knowledge, c).Any())
            .Select(builder.NameOf)
            .ToList();
        if (leftOut.Count > 0)
        {
            builder.Note(builder.Phrases.RankingLeftOut(builder.Phrases.List(leftOut)));
        }

        return builder.Build(AnswerKind.Ranking, true, headline);
    }

    private static int? MostCoveredYear(KnowledgeBase knowledge, IEnumerable<Subject> companies) => companies
        .SelectMany(c => HeadlineFigure.SpendingYears(knowledge, c))
        .GroupBy(y => y)
        .OrderByDescending(g => g.Count())
        .ThenByDescending(g => g.Key)
        .Select(g => (int?)g.Key)
        .FirstOrDefault();
}
