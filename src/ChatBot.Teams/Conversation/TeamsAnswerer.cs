using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.Core.Understanding;
using ChatBot.Teams.Activities;

namespace ChatBot.Teams.Conversation;

/// <summary>
/// Answers a Teams message with the engine. The text commands (<c>pledge microsoft</c>, <c>compare amazon meta</c>,
/// <c>top 2025</c>, <c>sources</c>, <c>help</c>) are understood by the engine itself; a bare mention gets the help.
/// The optional phraser rewords figure answers within the caller's budget; the template stands otherwise.
/// </summary>
public sealed class TeamsAnswerer(IAnswerEngine engine, IAnswerPhraser phraser)
{
    /// <summary>Answers without phrasing (no LLM code runs).</summary>
    public TeamsAnswerer(IAnswerEngine engine)
        : this(engine, TemplateOnlyPhraser.Instance)
    {
    }

    /// <summary>Answers, then lets the phraser reword the answer within <paramref name="budget"/>; never fails on the phraser.</summary>
    public async Task<TeamsTurn> AnswerAsync(Activity activity, TimeSpan budget, CancellationToken ct)
    {
        var turn = Answer(activity);
        if (turn.Answer is not { } answer || turn.Question.Length == 0 || budget <= TimeSpan.Zero)
        {
            return turn;
        }

        return turn with { Phrased = await PhraseAsync(turn.Question, answer, budget, ct) };
    }

    /// <summary>The phraser's take on <paramref name="answer"/>: the checked rewording, or the template with the reason.</summary>
    public Task<PhrasedAnswer> PhraseAsync(string question, Answer answer, TimeSpan budget, CancellationToken ct) =>
        phraser.PhraseAsync(question, answer, budget, ct);

    public TeamsTurn Answer(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var language = TeamsLanguage.Of(activity);
        var question = TeamsQuestionText.Extract(activity);
        if (question.Length == 0)
        {
            return new TeamsTurn(Help(language ?? Language.English), null);
        }

        if (QuestionGuard.Check(question) is { } refusal)
        {
            return new TeamsTurn(null, PhraseBooks.Default.For(language ?? Language.English).Answers.Refusal(refusal));
        }

        return new TeamsTurn(engine.Ask(question, language), null, question);
    }

    public Answer Help(Language language) =>
        engine.Answer(new Query("help", language, QueryIntent.Help, [], [], PeriodFilter.None, []));
}
