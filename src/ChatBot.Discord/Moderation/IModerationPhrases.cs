using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.Core.Knowledge.Editing.Forms;

namespace ChatBot.Discord.Moderation;

/// <summary>
/// Everything the moderators' commands say, in one language: replies, form titles and labels, button labels and
/// errors. One sealed class per language; <see cref="ModerationMessages"/> composes them with the data. Values passed
/// in (ids, file names) are already escaped for Discord markdown.
/// </summary>
public interface IModerationPhrases
{
    string EditingUnavailable { get; }

    string UnknownSubcommand { get; }

    string Cancelled { get; }

    string Expired { get; }

    string NothingToUndo { get; }

    string TooLongForForm { get; }

    string NameAFact { get; }

    string NothingChanged { get; }

    string FormHasProblems { get; }

    string Before { get; }

    string After { get; }

    string HistoryHint { get; }

    string ConfirmButton { get; }

    string CancelButton { get; }

    string UndoButton { get; }

    string EditButton { get; }

    string FixButton { get; }

    string AddTitle { get; }

    string SubjectLabel { get; }

    string SubjectHint { get; }

    string AmountLabel { get; }

    string AmountHint { get; }

    string PeriodLabel { get; }

    string PeriodHint { get; }

    string QuoteLabel { get; }

    string QuoteHint { get; }

    string StatementsLabel { get; }

    string StatementsHint { get; }

    string NoAmount { get; }

    string NoPeriod { get; }

    string NoRefusedEdit { get; }

    string PhrasingOff { get; }

    string EditTitle(string factId);

    string UnknownFact(string factId);

    string AndMore(int count);

    string CurrentVersion(string version);

    string AddPreview(string factId, string file);

    string EditPreview(string factId);

    string RemovePreview(string factId, string file);

    string Saved(KnowledgeChangeAction action, string factId, long changeId, long? undoOf);

    string UndoesChange(long changeId);

    string LanguageName(Language language);

    string Show(string factId, string file, int line, string version, int changes);

    string SourceLine(string title, string? publisher);

    string NoHistory(string? factId);

    string ActionName(KnowledgeChangeAction action);

    string Actor(EditActor actor);

    string AmountReadAs(string amount);

    string PeriodReadAs(string period);

    string StatementGenerated(Language language, string statement);

    string FieldName(FactFormField field);

    string Problem(FactFormProblem problem);

    string Status(KnowledgeStatus status);

    string LastRefusedEdit(DateTimeOffset at, KnowledgeReloadOutcome outcome, string errors);

    string WouldRemove(int facts);

    string FixedKnowledge(int facts, int sources);

    string PhrasingOn(long phrased, long fallbacks, string reasons, long understood, long notUnderstood);
}
