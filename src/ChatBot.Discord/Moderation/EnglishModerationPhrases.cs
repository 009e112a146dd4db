using System.Globalization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.Core.Knowledge.Editing.Forms;

namespace ChatBot.Discord.Moderation;

/// <summary>The moderators' commands in English.</summary>
public sealed class EnglishModerationPhrases : IModerationPhrases
{
    // Names of the languages a statement can be in, as this phrase book says them; a language added later shows its code.
    private static readonly Dictionary<Language, string> LanguageNames = new() { [Language.German] = "German", [Language.English] = "English" };
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public string EditingUnavailable => "Editing the knowledge is not available on this bot.";

    public string UnknownSubcommand => "Unknown command.";

    public string Cancelled => "Cancelled; nothing was changed.";

    public string Expired => "This preview has expired or belongs to someone else; nothing was changed. Start again.";

    public string NothingToUndo => "There is no recorded change to undo.";

    public string TooLongForForm => "This fact is too long for a Discord form (4,000 characters); edit it with `knowledge edit` on the command line.";

    public string NameAFact => "Name a fact id.";

    public string NothingChanged => "Nothing was changed:";

    public string FormHasProblems => "Nothing was changed; please fix the form:";

    public string Before => "Now:";

    public string After => "After:";

    public string HistoryHint => "Undo one with /fact undo change:N.";

    public string ConfirmButton => "Confirm";

    public string CancelButton => "Cancel";

    public string UndoButton => "Undo";

    public string EditButton => "Edit";

    public string FixButton => "Fix the form";

    public string AddTitle => "Add a fact";

    public string SubjectLabel => "Subject";

    public string SubjectHint => "Id or name, e.g. amazon or Microsoft";

    public string AmountLabel => "Amount as the article states it";

    public string AmountHint => "e.g. rund 80 Mrd. US-Dollar · 60–65 billion USD · 39 % · $80bn";

    public string PeriodLabel => "Period (optional)";

    public string PeriodHint => "e.g. 2025 · Geschäftsjahr 2025 · FY25 · Q1 2025 · bis 2028";

    public string QuoteLabel => "Verbatim quote from the article";

    public string QuoteHint => "The whole sentence that states the figure, copied exactly";

    public string StatementsLabel => "Statements (optional)";

    public string StatementsHint => "One line each, \"de: …\" and \"en: …\"; a language left empty is written from the figure";

    public string NoAmount => "no figure (a dated statement)";

    public string NoPeriod => "no period";

    public string NoRefusedEdit => "No refused edit since this version.";

    public string PhrasingOff => "Phrasing: off (no LLM configured; every answer is the template).";

    public string EditTitle(string factId) => $"Edit {factId}";

    public string UnknownFact(string factId) => $"There is no fact `{factId}`.";

    public string AndMore(int count) => $"… and {count} more";

    public string CurrentVersion(string version) => $"Current version `{version}`:";

    public string AddPreview(string factId, string file) => $"Add fact `{factId}` to `{file}`? It passed every check.";

    public string EditPreview(string factId) => $"Change fact `{factId}`? It passed every check.";

    public string RemovePreview(string factId, string file) => $"Remove fact `{factId}` from `{file}`?";

    public string Saved(KnowledgeChangeAction action, string factId, long changeId, long? undoOf)
    {
        var verb = action == KnowledgeChangeAction.Add ? "Added" : action == KnowledgeChangeAction.Remove ? "Removed" : "Changed";
        var undoes = undoOf is { } of ? UndoesChange(of) : "";
        return $"{verb} fact `{factId}`{undoes}: change #{changeId.ToString(Culture)}, in force now.";
    }

    public string UndoesChange(long changeId) => $" (undoes #{changeId.ToString(Culture)})";

    public string Show(string factId, string file, int line, string version, int changes) =>
        $"Fact `{factId}` in `{file}` line {line.ToString(Culture)}, version `{version}`, {changes.ToString(Culture)} recorded change(s).";

    public string SourceLine(string title, string? publisher) => $"Source: {title} ({publisher ?? "publisher unknown"})";

    public string NoHistory(string? factId) => factId is null ? "No changes recorded yet." : $"No changes recorded for `{factId}`.";

    public string ActionName(KnowledgeChangeAction action) =>
        action == KnowledgeChangeAction.Add ? "add" : action == KnowledgeChangeAction.Remove ? "remove" : "edit";

    public string Actor(EditActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Platform == EditActor.File.Platform ? "a hand edit of the file" : $"{actor.DisplayName} ({actor.Platform})";
    }

    public string AmountReadAs(string amount) => $"Amount read as: {amount}";

    public string PeriodReadAs(string period) => $"Period read as: {period}";

    public string LanguageName(Language language) => LanguageNames.GetValueOrDefault(language, language.Code);

    public string StatementGenerated(Language language, string statement) =>
        $"No {LanguageName(language)} statement given; the bot will say: \"{statement}\"";

    public string FieldName(FactFormField field) => field switch
    {
        FactFormField.Id => "Id",
        FactFormField.Subject => "Subject",
        FactFormField.Kind => "Kind",
        FactFormField.Topics => "Topics",
        FactFormField.Amount => "Amount",
        FactFormField.Period => "Period",
        FactFormField.Source => "Source",
        FactFormField.Quote => "Quote",
        _ => "Statements",
    };

    public string Problem(FactFormProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var value = problem.Detail;
        return problem.Kind switch
        {
            FactFormProblemKind.Missing => "is required.",
            FactFormProblemKind.TooLong => $"is longer than {value} characters.",
            FactFormProblemKind.ControlCharacter => $"contains a control character ({value}); type plain text.",
            FactFormProblemKind.UnknownSubject => $"there is no subject \"{value}\"; use a subject id or name from subjects.yaml.",
            FactFormProblemKind.UnknownSource => $"there is no source \"{value}\"; add the source first (knowledge/sources/<id>.yaml).",
            FactFormProblemKind.UnknownKind => $"\"{value}\" is not a fact kind.",
            FactFormProblemKind.UnknownTopic => $"there is no topic \"{value}\".",
            FactFormProblemKind.UnreadableAmount => $"\"{value}\" is not one amount; write it as the article does, e.g. rund 80 Mrd. US-Dollar, 60–65 billion USD, 39 %.",
            FactFormProblemKind.MissingCurrency => $"\"{value}\" names no currency; add it, e.g. US-Dollar, USD, Euro or $.",
            FactFormProblemKind.UnreadablePeriod => $"\"{value}\" is not a period; e.g. 2025, Geschäftsjahr 2025, FY25, Q1 2025, bis 2028, or leave it empty.",
            FactFormProblemKind.UnreadableStatements => $"\"{value}\" does not start with \"de:\" or \"en:\".",
            FactFormProblemKind.InvalidId => $"\"{value}\" is not a valid fact id (lowercase letters, digits and dashes).",
            FactFormProblemKind.FigureNotInQuote => $"does not state the figure {value}; the quote must contain it.",
            _ => "Nothing changed in the form.",
        };
    }

    public string Status(KnowledgeStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return $"Knowledge version {status.Version.ToString(Culture)}, loaded {status.LoadedAt.ToString("yyyy-MM-dd HH:mm:ss", Culture)} UTC "
            + $"from {status.Files.ToString(Culture)} file(s): {status.Facts.ToString(Culture)} facts, {status.Sources.ToString(Culture)} sources.";
    }

    public string LastRefusedEdit(DateTimeOffset at, KnowledgeReloadOutcome outcome, string errors) =>
        $"Last refused edit ({at.ToString("yyyy-MM-dd HH:mm", Culture)} UTC, {outcome}): {errors}";

    public string WouldRemove(int facts) => $" – would remove {facts.ToString(Culture)} facts; /reload confirm:True takes it in force";

    public string FixedKnowledge(int facts, int sources) =>
        $"Knowledge: {facts.ToString(Culture)} facts, {sources.ToString(Culture)} sources (fixed; not reloadable).";

    public string PhrasingOn(long phrased, long fallbacks, string reasons, long understood, long notUnderstood) => string.Create(
        Culture,
        $"Phrasing: {phrased} answers phrased, {fallbacks} fell back to the template{reasons}; unclear questions mapped: {understood}, rejected: {notUnderstood}.");
}
