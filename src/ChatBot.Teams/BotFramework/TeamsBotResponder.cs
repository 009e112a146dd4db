using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.Teams.Activities;
using ChatBot.Teams.Conversation;
using ChatBot.Teams.Rendering;

namespace ChatBot.Teams.BotFramework;

/// <summary>What the bot says for each kind of work: answers, the welcome, and the quotes behind an answer.</summary>
public sealed class TeamsBotResponder(TeamsAnswerer answerer, IKnowledgeProvider knowledge)
{
    /// <summary>
    /// How long phrasing may take here. Replies go out asynchronously after the typing indicator, so the configured LLM
    /// timeout applies, capped so a slow model never keeps a user waiting longer than this for the template answer.
    /// </summary>
    public static readonly TimeSpan PhrasingBudget = TimeSpan.FromSeconds(10);

    public async Task<Activity> ReplyAsync(TeamsReplyJob job, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        var incoming = job.Incoming;
        var language = TeamsLanguage.Of(incoming) ?? Language.English;
        var reply = job.Kind switch
        {
            TeamsReplyKind.Welcome => TeamsReplies.Answer(answerer.Help(language), CardOptions.Bot),
            TeamsReplyKind.Quotes => Quotes(job.FactIds ?? [], language),
            _ => await AnswerAsync(incoming, ct),
        };
        return reply with
        {
            From = incoming.Recipient,
            Recipient = incoming.From,
            Conversation = incoming.Conversation,
            ReplyToId = incoming.Id,
            Locale = incoming.Locale,
        };
    }

    /// <summary>The typing indicator sent while an answer is being prepared.</summary>
    public static Activity Typing(Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return new Activity { Type = ActivityTypes.Typing, From = incoming.Recipient, Recipient = incoming.From, Conversation = incoming.Conversation };
    }

    private async Task<Activity> AnswerAsync(Activity incoming, CancellationToken ct)
    {
        var turn = await answerer.AnswerAsync(incoming, PhrasingBudget, ct);
        return turn switch
        {
            { Phrased: PhrasedAnswer phrased } => TeamsReplies.Answer(phrased, CardOptions.Bot),
            { Answer: { } answer } => TeamsReplies.Answer(answer, CardOptions.Bot),
            _ => TeamsReplies.Text(turn.Refusal ?? ""),
        };
    }

    private Activity Quotes(IReadOnlyList<string> factIds, Language language)
    {
        // Looked up in the knowledge in force now: a fact removed since the answer is reported, not shown stale.
        var kb = knowledge.Current;
        var facts = factIds.Distinct(StringComparer.Ordinal).Select(kb.FindFact).OfType<Fact>().ToList();
        return facts.Count == 0
            ? TeamsReplies.Text(TeamsPhrases.For(language).Answers.SourcesGone)
            : TeamsReplies.Card(QuotesCard.Render(facts, kb, language), QuotesCard.Text(facts, language));
    }
}
