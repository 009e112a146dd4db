using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Teams.Activities;

namespace ChatBot.Teams.Conversation;

/// <summary>
/// Answers a Teams message with the engine. The text commands (<c>pledge microsoft</c>, <c>compare amazon meta</c>,
/// <c>top 2025</c>, <c>sources</c>, <c>help</c>) are understood by the engine itself; a bare mention gets the help.
/// </summary>
public sealed class TeamsAnswerer(IAnswerEngine engine)
{
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
            return new TeamsTurn(null, refusal);
        }

        return new TeamsTurn(engine.Ask(question, language), null);
    }

    public Answer Help(Language language) =>
        engine.Answer(new Query("help", language, QueryIntent.Help, [], [], PeriodFilter.None, []));
}
