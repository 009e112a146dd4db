using ChatBot.Core.Answers;

namespace ChatBot.Discord.Rendering;

/// <summary>The English Discord wording.</summary>
internal sealed class EnglishDiscordPhrases(AnswerPhrases answers) : DiscordPhrases(answers)
{
    public override string SourcesContinued => "Sources (continued)";

    public override string NotesLabel => "Notes";

    public override string QuotesButton => "Sources";

    public override string ModeratorsOnly => "Only moderators may use this command.";

    public override string UnknownCommand => "I don't know this command.";

    public override string EmptyMessage => "That message has no text I could answer.";

    public override string InvalidYear(int min, int max) => $"The year must be between {min} and {max}.";

    public override string NotReloadable => "This knowledge cannot be reloaded.";

    public override string Reloaded(int facts, int sources, int subjects) => $"Knowledge reloaded: {facts} facts from {sources} sources about {subjects} subjects.";

    public override string ReloadFailed(int errors, string first) => $"The knowledge file has {errors} error(s); still answering from the last good version. First error: {first}";

    public override string ReloadNeedsConfirmation(int removed, int facts, string ids) => $"The edit would remove {removed} of {facts} facts ({ids}); still answering from the previous version. Run /reload confirm:True to take it in force.";
}
