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
            return NewSubject(query, previous);
        }

        return query with
        {
            Intent = query.Intent == QueryIntent.Sources ? previous.Intent : query.Intent,
            Subjects = previous.Subjects,
            Period = query.Period.IsEmpty ? previous.Period : query.Period,
            Topics = query.Topics.Count > 0 ? query.Topics : previous.Topics,
            Computation = query.Computation ?? previous.Computation,
            BaseSubjectId = query.BaseSubjectId ?? previous.BaseSubjectId,
        };
    }

    // "What about Meta?", "Und bei Alphabet?": another subject, asked the way the previous question asked.
    private static Query NewSubject(Query query, Query previous)
    {
        var words = Text.Tokenizer.Tokenize(Text.TextFolding.Fold(query.Text));
        var opensFollowUp = words.Count is > 0 and <= 6
            && (words[0] is "und" or "and" or "what" or "how" or "was" or "wie" or "bei" or "also" or "auch" or "same")
            && (words.Contains("about") || words.Contains("mit") || words.Contains("bei") || words[0] is "und" or "and" or "same" or "auch" or "also");
        if (!opensFollowUp || query.Subjects.Count == 0 || previous.Subjects.Count == 0 || !query.Period.IsEmpty || query.Topics.Count > 0 || query.Computation is not null)
        {
            return query;
        }

        return query with
        {
            Period = previous.Period,
            Topics = previous.Topics,
            Intent = previous.Intent is QueryIntent.Figures or QueryIntent.Sources ? previous.Intent : query.Intent,
            WantsQuotes = previous.WantsQuotes,
        };
    }
}
