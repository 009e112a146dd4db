using ChatBot.Core.Knowledge;
using ChatBot.Teams.Activities;
using ChatBot.Teams.Conversation;
using ChatBot.Teams.Rendering;

namespace ChatBot.Teams.Webhook;

/// <summary>Turns an outgoing-webhook message into the reply activity Teams shows in the same thread.</summary>
public sealed class TeamsWebhookResponder(TeamsAnswerer answerer)
{
    public Activity Reply(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var turn = answerer.Answer(activity);
        return turn.Answer is { } answer
            ? TeamsReplies.Answer(answer, CardOptions.Webhook)
            : TeamsReplies.Text(turn.Refusal ?? "");
    }

    /// <summary>What Teams shows when the answer did not come within the budget.</summary>
    public static Activity TooSlow(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return TeamsReplies.Text(TeamsPhrases.For(TeamsLanguage.Of(activity) ?? Language.English).TooSlow);
    }
}
