using ChatBot.Core.Answers;

namespace ChatBot.Core.Phrasing;

/// <summary>Optionally rewords a template answer; never fails and never returns a figure the guard did not accept.</summary>
public interface IAnswerPhraser
{
    /// <summary>Phrases the answer within <paramref name="budget"/>, or returns the template with the reason.</summary>
    /// <param name="question">The user's question, as asked.</param>
    /// <param name="answer">The engine's template answer.</param>
    /// <param name="budget">How long the model may take; the configured timeout when null.</param>
    /// <param name="ct">The caller's cancellation (shutdown).</param>
    Task<PhrasedAnswer> PhraseAsync(string question, Answer answer, TimeSpan? budget = null, CancellationToken ct = default);
}
