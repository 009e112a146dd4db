namespace ChatBot.Discord.Moderation;

/// <summary>
/// Open fact forms by token, for as long as the interaction that opened them lives (15 minutes); only the moderator
/// who opened a form can submit or reopen it.
/// </summary>
public sealed class PendingFactForms(TimeProvider time) : ModeratorTokenStore<FactFormContext>(time)
{
    /// <summary>The form; null when unknown, expired or opened by someone else.</summary>
    public new FactFormContext? Find(string token, string userId) => base.Find(token, userId);

    /// <summary>Keeps what the moderator submitted, so the form can be reopened with it.</summary>
    public void Update(string token, FactFormContext form) => Replace(token, form);

    public void Remove(string token) => Drop(token);
}
