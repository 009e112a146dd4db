using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>Answers questions from the current knowledge snapshot. Thread-safe; holds no per-user state.</summary>
public interface IAnswerEngine
{
    /// <summary>Understands and answers a free-text question.</summary>
    /// <param name="question">The user's text, already checked by <see cref="Understanding.QuestionGuard"/>.</param>
    /// <param name="language">Forces the answer language (e.g. from a chat platform's locale); detected when null.</param>
    /// <param name="context">The previous query of the same conversation, for follow-ups ("und 2024?").</param>
    Answer Ask(string question, Language? language = null, Query? context = null);

    /// <summary>Answers an already structured query (chat commands with typed options).</summary>
    Answer Answer(Query query);

    /// <summary>Understands a question without answering it.</summary>
    Query Understand(string question, Language? language = null);
}
