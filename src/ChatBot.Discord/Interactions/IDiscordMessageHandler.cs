using ChatBot.Discord.Models;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Answers a message addressed to the bot (a mention in a guild, or any DM). The gateway has already checked that the
/// author is a human and that there is text besides the mention; <see cref="DiscordMentions.StripBotMention"/> extracts it.
/// </summary>
public interface IDiscordMessageHandler
{
    /// <summary>Returns the reply, or null to stay silent.</summary>
    Task<MessageReply?> HandleMentionAsync(Message message, CancellationToken ct);
}
