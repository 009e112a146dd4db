using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>
/// The last question of each conversation, so "und 2024?" or "what about Meta?" can complete it. Behind an
/// interface so several bot instances can later share one store; implementations must be thread-safe.
/// </summary>
public interface IConversationContextStore
{
    /// <summary>The conversation's last query, or null when there is none or it has expired.</summary>
    Query? Get(ConversationKey key);

    /// <summary>Remembers the query the conversation's last answer was given for.</summary>
    void Set(ConversationKey key, Query query);
}
