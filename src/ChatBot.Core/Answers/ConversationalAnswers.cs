using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>Answers a question as part of a conversation: completes a follow-up from the last query, then remembers this one.</summary>
public static class ConversationalAnswers
{
    public static Answer Ask(this IAnswerEngine engine, IConversationContextStore conversations, ConversationKey key, string question, Language? language = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(conversations);
        var answer = engine.Ask(question, language, conversations.Get(key));
        conversations.Set(key, answer.Query);
        return answer;
    }
}
