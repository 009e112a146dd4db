using ChatBot.Core.Answers;
using ChatBot.Teams.Rendering;

namespace ChatBot.Tests.Languages.Pseudo;

/// <summary>The pseudo-language's TeamsPhrases: every phrase marked, its text arguments left outside the marks.</summary>
internal sealed class PseudoTeamsPhrases(AnswerPhrases answers) : TeamsPhrases(answers)
{
    public override string ShowHide => PseudoText.Mark("ShowHide");

    public override string QuotesButton => PseudoText.Mark("QuotesButton");

    public override string MoreLines(int count) => PseudoText.Mark("MoreLines", count);

    public override string MoreSources(int count) => PseudoText.Mark("MoreSources", count);

    public override string TooSlow => PseudoText.Mark("TooSlow");
}
