using ChatBot.Core.Answers;
using ChatBot.Core.Phrasing;
using ChatBot.Core.Understanding;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Answers a mention of the bot or a DM with the same embed as /ask. The gateway has already checked that the message
/// addresses the bot; the bot's own mention is the mentioned user flagged as a bot.
/// </summary>
public sealed class DiscordMentionResponder(IAnswerEngine engine, IAnswerPhraser phraser, IConversationContextStore conversations) : IDiscordMessageHandler
{
    /// <summary>A responder with its own in-memory conversations (tests, single instances without DI).</summary>
    public DiscordMentionResponder(IAnswerEngine engine)
        : this(engine, TemplateOnlyPhraser.Instance, new InMemoryConversationContextStore(TimeProvider.System))
    {
    }

    /// <inheritdoc/>
    public async Task<MessageReply?> HandleMentionAsync(Message message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var question = (message.Mentions ?? [])
            .Where(user => user.Bot == true)
            .Aggregate(message.Content ?? "", (text, bot) => DiscordMentions.StripBotMention(text, bot.Id));
        if (string.IsNullOrWhiteSpace(question))
        {
            return null;
        }

        if (!QuestionGuard.TryAccept(question, out var accepted, out var refusal))
        {
            // A message carries no locale, and a refused text is not parsed to detect one: the fallback language words it.
            return new MessageReply(PhraseBooks.Default.For(PhraseBooks.Default.Fallback).Answers.Refusal(refusal));
        }

        var key = new ConversationKey("discord", message.ChannelId, message.Author?.Id ?? "unknown");
        var phrased = await phraser.PhraseAsync(accepted, engine.Ask(conversations, key, accepted), AnswerCommands.PhrasingBudget, ct);
        return DiscordAnswerRenderer.RenderReply(phrased);
    }
}
