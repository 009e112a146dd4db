using ChatBot.Discord.Moderation;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Previewed changes waiting for Confirm, for as long as the interaction token lives (15 minutes). Only the
/// moderator who previewed a change can confirm it, and only once.
/// </summary>
public sealed class PendingFactChanges(TimeProvider time) : ModeratorTokenStore<PendingFactChange>(time)
{
    /// <summary>The change, removed so it cannot run twice; null when unknown, expired or previewed by someone else.</summary>
    public new PendingFactChange? Take(string token, string userId) => base.Take(token, userId);
}
