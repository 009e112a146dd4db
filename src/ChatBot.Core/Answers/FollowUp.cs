using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>
/// Completes a follow-up question from the previous one in the same conversation: "Und 2024?" keeps the
/// subjects, "Woher stammt die Zahl?" keeps subjects and period and asks for the quotes.
/// </summary>
internal static class FollowUp
{
    public static Query Apply(Query query, Query previous)
    {
        var isFollowUp = query.Subjects.Count == 0
            && query.UnknownNames.Count == 0
            && previous.Subjects.Count > 0
            && query.Intent is QueryIntent.Figures or QueryIntent.Sources or QueryIntent.Compare or QueryIntent.Total
            && (query.Intent == QueryIntent.Sources || !query.Period.IsEmpty || query.Topics.Count > 0);
        if (!isFollowUp)
        {
            return query;
        }

        return query with
        {
            Intent = query.Intent == QueryIntent.Sources ? previous.Intent : query.Intent,
            Subjects = previous.Subjects,
            Period = query.Period.IsEmpty ? previous.Period : query.Period,
            Topics = query.Topics.Count > 0 ? query.Topics : previous.Topics,
        };
    }
}
