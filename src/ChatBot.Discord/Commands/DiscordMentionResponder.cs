using ChatBot.Core.Answers;
using ChatBot.Core.Understanding;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Answers a mention of the bot or a DM with the same embed as /ask. The gateway has already checked that the message
/// addresses the bot; the bot's own mention is the mentioned user flagged as a bot.
/// </summary>
public sealed class DiscordMentionResponder(IAnswerEngine engine, IConversationContextStore conversations) : IDiscordMessageHandler
{
    /// <summary>A responder with its own in-memory conversations (tests, single instances without DI).</summary>
    public DiscordMentionResponder(IAnswerEngine engine)
        : this(engine, new InMemoryConversationContextStore(TimeProvider.System))
    {
    }

    /// <inheritdoc/>
    public Task<MessageReply?> HandleMentionAsync(Message message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var question = (message.Mentions ?? [])
            .Where(user => user.Bot == true)
            .Aggregate(message.Content ?? "", (text, bot) => DiscordMentions.StripBotMention(text, bot.Id));
        if (string.IsNullOrWhiteSpace(question))
        {
            return Task.FromResult<MessageReply?>(null);
        }

        if (QuestionGuard.Check(question) is { } refusal)
        {
            return Task.FromResult<MessageReply?>(new MessageReply(refusal));
        }

        var key = new ConversationKey("discord", message.ChannelId, message.Author?.Id ?? "unknown");
        return Task.FromResult<MessageReply?>(DiscordAnswerRenderer.RenderReply(engine.Ask(conversations, key, question)));
    }
}
