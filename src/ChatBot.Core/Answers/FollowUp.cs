using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>
/// Completes a follow-up question from the previous one in the same conversation: "Und 2024?" keeps the
/// subjects, "Woher stammt die Zahl?" keeps subjects and period and asks for the quotes.
/// </summary>
public static class FollowUp
{
    /// <summary>
    /// The query completed from <paramref name="previous"/>, or <paramref name="query"/> itself (the same instance)
    /// when the question stands on its own, so a caller can tell whether its answer depends on the conversation.
    /// </summary>
    public static Query Apply(Query query, Query previous)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(previous);
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
        // The cheap checks first: most questions name their own period or topic, and tokenizing is the costly part.
        if (query.Subjects.Count == 0 || previous.Subjects.Count == 0 || !query.Period.IsEmpty || query.Topics.Count > 0 || query.Computation is not null)
        {
            return query;
        }

        var words = Text.Tokenizer.Tokenize(Text.TextFolding.Fold(query.Text));
        var opensFollowUp = words.Count is > 0 and <= 6
            && (words[0] is "und" or "and" or "what" or "how" or "was" or "wie" or "bei" or "also" or "auch" or "same")
            && (words.Contains("about") || words.Contains("mit") || words.Contains("bei") || words[0] is "und" or "and" or "same" or "auch" or "also");
        if (!opensFollowUp)
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
