using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers.Freshness;

/// <summary>Looks up how current a fact's figure is in an answer, for structured output that lists facts rather than lines.</summary>
public static class AnswerFreshness
{
    /// <summary>The freshness of the first figure line showing <paramref name="fact"/>; null when undated or not on a figure line.</summary>
    public static FigureFreshness? Of(Answer answer, Fact fact)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(fact);
        return answer.Sections
            .SelectMany(s => s.Items)
            .FirstOrDefault(i => i.Freshness is not null && i.Facts.Contains(fact))?.Freshness;
    }
}
