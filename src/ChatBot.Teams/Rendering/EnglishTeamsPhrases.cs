using ChatBot.Core.Answers;

namespace ChatBot.Teams.Rendering;

/// <summary>The English Teams wording.</summary>
internal sealed class EnglishTeamsPhrases(AnswerPhrases answers) : TeamsPhrases(answers)
{
    public override string ShowHide => "Show / hide";

    public override string QuotesButton => "Show quotes";

    public override string MoreLines(int count) => $"… and {count} more lines (too long for one Teams message; ask more specifically).";

    public override string MoreSources(int count) => $"… and {count} more sources.";

    public override string TooSlow => "The answer took too long. Please ask again.";
}
