using ChatBot.Core.Answers;
using ChatBot.Core.Understanding;

namespace ChatBot.Cli;

/// <summary>The answer to one CLI question, or the one line that says why there is none.</summary>
internal sealed record GuardedAnswer(Answer? Answer, string? Error)
{
    /// <summary>
    /// Passes the question through <see cref="QuestionGuard"/> and the engine. A failure while answering is reported
    /// on <paramref name="log"/> and becomes an error line, so one question can never end a batch or a chat.
    /// </summary>
    public static GuardedAnswer Ask(IAnswerEngine engine, string? question, TextWriter log, Query? context = null)
    {
        if (!QuestionGuard.TryAccept(question, out var accepted, out var refusal))
        {
            // The CLI keeps English refusals: its error lines are part of the ask --json contract.
            return new GuardedAnswer(null, PhraseBooks.English.Answers.Refusal(refusal));
        }

        try
        {
            return new GuardedAnswer(engine.Ask(accepted, context: context), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.WriteLine($"error: answering failed ({ex.GetType().Name}: {ex.Message})");
            return new GuardedAnswer(null, "Sorry, this question could not be answered because of an internal error.");
        }
    }
}
