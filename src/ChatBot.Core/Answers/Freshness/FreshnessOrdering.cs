using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers.Freshness;

/// <summary>
/// Dates the figure lines of an answer: each line from a dated source gets its as-of date; within a section,
/// lines for the same subject, kind and period from sources of different dates are reordered newest first
/// (keeping the places those lines held) and the older ones are marked. Undated lines keep their place and
/// get no date: a date is never guessed, and an undated figure cannot be called older or newer.
/// </summary>
internal static class FreshnessOrdering
{
    public static IReadOnlyList<AnswerSection> Apply(IReadOnlyList<AnswerSection> sections, KnowledgeBase knowledge, PhraseBook book) =>
        [.. sections.Select(section => section with { Items = Apply(section.Items, knowledge, book) })];

    /// <summary>
    /// Puts groups of facts (one future line each) newest first within each figure slot, before lines are made,
    /// so citation numbers follow the order the reader sees.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Fact>> Order(IReadOnlyList<IReadOnlyList<Fact>> groups, KnowledgeBase knowledge)
    {
        var dates = groups.Select(g => AsOf(g, knowledge)).ToList();
        if (dates.All(d => d is null))
        {
            return groups;
        }

        var order = NewestFirst(dates, [.. groups.Select(KeyOf)]);
        return [.. order.Select(i => groups[i])];
    }

    private static IReadOnlyList<AnswerItem> Apply(IReadOnlyList<AnswerItem> items, KnowledgeBase knowledge, PhraseBook book)
    {
        var dates = items.Select(item => item.Figure is null ? null : AsOf(item.Facts, knowledge)).ToList();
        if (dates.All(d => d is null))
        {
            return items;
        }

        var keys = items.Select(i => KeyOf(i.Facts)).ToList();
        var order = NewestFirst(dates, keys);
        var newest = new Dictionary<SlotKey, DateOnly>();
        for (var i = 0; i < items.Count; i++)
        {
            if (keys[i] is { } key && dates[i] is { } date && (!newest.TryGetValue(key, out var known) || date > known))
            {
                newest[key] = date;
            }
        }

        return [.. order.Select(i =>
        {
            if (dates[i] is not { } asOf)
            {
                return items[i];
            }

            var older = keys[i] is { } key && asOf < newest[key];
            return items[i] with { Freshness = new FigureFreshness(asOf, older, older ? book.Answers.OlderFigure(book.Periods.Date(asOf)) : book.Answers.AsOf(book.Periods.Date(asOf))) };
        })];
    }

    // The permutation that puts each figure slot's dated entries newest first, in the positions the slot already
    // holds; undated entries and entries without a slot stay where they are. Stable for equal dates.
    private static int[] NewestFirst(IReadOnlyList<DateOnly?> dates, IReadOnlyList<SlotKey?> keys)
    {
        var order = Enumerable.Range(0, dates.Count).ToArray();
        var slots = order.Where(i => dates[i] is not null && keys[i] is not null).GroupBy(i => keys[i]!.Value);
        foreach (var slot in slots)
        {
            var positions = slot.ToList();
            var byDate = positions.OrderByDescending(i => dates[i]!.Value).ToList();
            for (var p = 0; p < positions.Count; p++)
            {
                order[positions[p]] = byDate[p];
            }
        }

        return order;
    }

    /// <summary>The newest published date among the sources behind a figure line; null when none is dated.</summary>
    private static DateOnly? AsOf(IReadOnlyList<Fact> facts, KnowledgeBase knowledge) =>
        facts.Select(f => knowledge.FindSource(f.SourceId)?.Published).Max();

    // A line's figure slot when all its facts share one; a computed line mixing subjects or periods has none.
    private static SlotKey? KeyOf(IReadOnlyList<Fact> facts)
    {
        var keys = facts
            .Select(f => new SlotKey(f.SubjectId, f.Kind, f.Period with { Label = null }, f.Amount?.Unit))
            .Distinct()
            .ToList();
        return keys.Count == 1 ? keys[0] : null;
    }

    private readonly record struct SlotKey(string SubjectId, FactKind Kind, Period Period, Unit? Unit);
}
