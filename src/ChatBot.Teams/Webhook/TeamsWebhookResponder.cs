using ChatBot.Core.Knowledge;
using ChatBot.Teams.Activities;
using ChatBot.Teams.Conversation;
using ChatBot.Teams.Rendering;

namespace ChatBot.Teams.Webhook;

/// <summary>Turns an outgoing-webhook message into the reply activity Teams shows in the same thread.</summary>
public sealed class TeamsWebhookResponder(TeamsAnswerer answerer, TimeProvider time)
{
    /// <summary>Kept free of phrasing at the end of the budget for rendering and writing the response.</summary>
    public static readonly TimeSpan RenderMargin = TimeSpan.FromMilliseconds(250);

    /// <summary>The reply with the template answer (no phrasing).</summary>
    public Activity Reply(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Render(answerer.Answer(activity));
    }

    /// <summary>
    /// The reply within <paramref name="budget"/>, which covers the engine as well: phrasing gets what the engine left
    /// minus <see cref="RenderMargin"/>, and past that the template answer goes out rather than no answer.
    /// </summary>
    public async Task<Activity> ReplyAsync(Activity activity, TimeSpan budget, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var started = time.GetTimestamp();
        var turn = answerer.Answer(activity);
        var left = budget - time.GetElapsedTime(started) - RenderMargin;
        if (turn.Answer is { } answer && turn.Question.Length > 0 && left > TimeSpan.Zero)
        {
            turn = turn with { Phrased = await answerer.PhraseAsync(turn.Question, answer, left, ct) };
        }

        return Render(turn);
    }

    /// <summary>What Teams shows when the answer did not come within the budget.</summary>
    public static Activity TooSlow(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return TeamsReplies.Text(TeamsPhrases.For(TeamsLanguage.Of(activity) ?? Language.English).TooSlow);
    }

    private static Activity Render(TeamsTurn turn) => turn switch
    {
        { Phrased: { } phrased } => TeamsReplies.Answer(phrased, CardOptions.Webhook),
        { Answer: { } answer } => TeamsReplies.Answer(answer, CardOptions.Webhook),
        _ => TeamsReplies.Text(turn.Refusal ?? ""),
    };
}
