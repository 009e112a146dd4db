using ChatBot.Core.Answers;
using ChatBot.Discord.Rendering;

namespace ChatBot.Tests.Languages.Pseudo;

/// <summary>The pseudo-language's DiscordPhrases: every phrase marked, its text arguments left outside the marks.</summary>
internal sealed class PseudoDiscordPhrases(AnswerPhrases answers) : DiscordPhrases(answers)
{
    public override string SourcesContinued => PseudoText.Mark("SourcesContinued");

    public override string NotesLabel => PseudoText.Mark("NotesLabel");

    public override string QuotesButton => PseudoText.Mark("QuotesButton");

    public override string ModeratorsOnly => PseudoText.Mark("ModeratorsOnly");

    public override string UnknownCommand => PseudoText.Mark("UnknownCommand");

    public override string EmptyMessage => PseudoText.Mark("EmptyMessage");

    public override string InvalidYear(int min, int max) => PseudoText.Mark("InvalidYear", min, max);

    public override string NotReloadable => PseudoText.Mark("NotReloadable");

    public override string Reloaded(int facts, int sources, int subjects) => PseudoText.Mark("Reloaded", facts, sources, subjects);

    public override string ReloadFailed(int errors, string first) => PseudoText.Mark("ReloadFailed", errors, first);

    public override string ReloadNeedsConfirmation(int removed, int facts, string ids) => PseudoText.Mark("ReloadNeedsConfirmation", removed, facts, ids);
}
