using ChatBot.Core.Knowledge;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>
/// The figures put side by side for a comparison or a total: one headline figure per subject, or per year
/// when one subject is compared with itself ("Amazon 2024 vs 2025").
/// </summary>
internal static class ComparisonSides
{
    public static IReadOnlyList<(string Label, Fact? Fact)> Resolve(AnswerBuilder builder) =>
        Resolve(builder, builder.Query.Period, builder.Query.Topics);

    /// <summary>The sides for a given period and topics (a computation retries without a topic its verb matched).</summary>
    public static IReadOnlyList<(string Label, Fact? Fact)> Resolve(AnswerBuilder builder, PeriodFilter period, IReadOnlyList<Topic> topics)
    {
        var query = builder.Query;
        if (query.Subjects.Count == 1)
        {
            var subject = query.Subjects[0];
            return [.. period.Years.Select(year =>
                ($"{builder.NameOf(subject)} {year}", HeadlineFigure.For(builder.Knowledge, subject, period with { Years = [year] }, null, topics)))];
        }

        return Resolve(builder, query.Subjects, period, topics);
    }

    /// <summary>One headline figure per given subject (a group's members), for the question's period.</summary>
    public static IReadOnlyList<(string Label, Fact? Fact)> Resolve(AnswerBuilder builder, IReadOnlyList<Subject> subjects) =>
        Resolve(builder, subjects, builder.Query.Period, builder.Query.Topics);

    private static IReadOnlyList<(string Label, Fact? Fact)> Resolve(AnswerBuilder builder, IReadOnlyList<Subject> subjects, PeriodFilter period, IReadOnlyList<Topic> topics)
    {
        var preferred = period.IsEmpty && subjects.Count > 0 ? CommonYear(builder.Knowledge, subjects) : null;
        return [.. subjects.Select(subject =>
            (builder.NameOf(subject), ForSide(builder, subject, period, preferred, topics)))];
    }

    // A topic said of another side ("Stargate vs Oracle's deal") applies to this side only when it has a figure for
    // it too, so like is compared with like where the knowledge allows; a month said of this side ("Oracle's June
    // deal") picks its figure of that month when there is one.
    private static Fact? ForSide(AnswerBuilder builder, Subject subject, PeriodFilter period, int? preferred, IReadOnlyList<Topic> topics)
    {
        var query = builder.Query;
        var own = topics.Where(t => !query.TopicOwners.TryGetValue(t.Id, out var owner) || owner == subject.Id).ToList();
        PeriodFilter[] periods = query.MonthOwners.TryGetValue(subject.Id, out var month) && period is { Month: null, Quarter: null, Half: null, UntilYear: null }
            ? [period with { Month = month }, period]
            : [period];
        foreach (var candidate in periods)
        {
            var figure = HeadlineFigure.For(builder.Knowledge, subject, candidate, preferred, topics)
                ?? (own.Count < topics.Count ? HeadlineFigure.For(builder.Knowledge, subject, candidate, preferred, own) : null);
            if (figure is not null)
            {
                return figure;
            }
        }

        return null;
    }

    /// <summary>Adds one line per side; a side without a figure says so rather than being dropped.</summary>
    public static void AddLines(AnswerBuilder builder, IReadOnlyList<(string Label, Fact? Fact)> sides, string? title = null, bool notes = true)
    {
        var items = sides.Select(side => side.Fact is { } fact
            ? builder.Line([fact], side.Label)
            : new AnswerItem(side.Label, null, null, builder.Phrases.NoComparableFigureShort, [], []));
        builder.Section(title, [.. items]);
        if (!notes)
        {
            return;
        }

        var found = sides.Where(s => s.Fact is not null).Select(s => s.Fact!).ToList();
        var periods = found.Select(f => builder.Period(f.Period)).Distinct().ToList();
        if (periods.Count > 1 && builder.Query.Subjects.Count > 1)
        {
            builder.Note(builder.Phrases.DifferentPeriods(string.Join(" / ", periods)));
        }

        if (found.Select(f => f.Amount!.Currency).Distinct().Count() > 1)
        {
            builder.Note(builder.Phrases.DifferentCurrencies);
        }
    }

    // The latest year every subject has a spending figure for, so like is compared with like.
    private static int? CommonYear(KnowledgeBase knowledge, IReadOnlyList<Subject> subjects)
    {
        var years = subjects.Select(s => HeadlineFigure.SpendingYears(knowledge, s).ToHashSet()).ToList();
        var common = years.Skip(1).Aggregate(years[0], (acc, next) => [.. acc.Intersect(next)]);
        return common.Count > 0 ? common.Max() : null;
    }
}
