using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>
/// Answers questions from one knowledge snapshot per question. Thread-safe; holds no per-user state. The overloads
/// without a <see cref="KnowledgeBase"/> take the provider's snapshot once; callers that already hold a snapshot (to
/// resolve options or render sources) pass it, so understanding, answering and rendering see the same knowledge.
/// </summary>
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

    /// <summary>Understands and answers a free-text question from the given snapshot.</summary>
    Answer Ask(KnowledgeBase knowledge, string question, Language? language = null, Query? context = null);

    /// <summary>Answers an already structured query from the given snapshot.</summary>
    Answer Answer(KnowledgeBase knowledge, Query query);

    /// <summary>Understands a question against the given snapshot without answering it.</summary>
    Query Understand(KnowledgeBase knowledge, string question, Language? language = null);
}
