using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Ingest;

/// <summary>Facts whose source is older than a threshold or undated: the ones to re-check against newer articles.</summary>
public static class StaleFacts
{
    public static IReadOnlyList<(Fact Fact, Source? Source, int? AgeDays)> Find(KnowledgeBase knowledge, DateOnly today, int olderThanDays)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return [.. knowledge.Facts
            .Select(fact => (Fact: fact, Source: knowledge.FindSource(fact.SourceId)))
            .Select(p => (p.Fact, p.Source, AgeDays: p.Source?.Published is { } date ? today.DayNumber - date.DayNumber : (int?)null))
            .Where(p => p.AgeDays is null || p.AgeDays > olderThanDays)
            .OrderByDescending(p => p.AgeDays ?? int.MaxValue)
            .ThenBy(p => p.Fact.Id, StringComparer.Ordinal)];
    }
}
