using System.Globalization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.Core.Knowledge.Editing.Forms;

namespace ChatBot.Discord.Moderation;

/// <summary>Die Moderationsbefehle auf Deutsch.</summary>
public sealed class GermanModerationPhrases : IModerationPhrases
{
    // Names of the languages a statement can be in, as this phrase book says them; a language added later shows its code.
    private static readonly Dictionary<Language, string> LanguageNames = new() { [Language.German] = "deutsche", [Language.English] = "englische" };
    // Whole numbers only, which read the same in every culture; and the build's invariant globalization has no de-DE
    // culture to ask for (asking for it threw on the first German status or error list).
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public string EditingUnavailable => "Das Bearbeiten der Wissensbasis ist bei diesem Bot nicht verfügbar.";

    public string UnknownSubcommand => "Unbekannter Befehl.";

    public string Cancelled => "Abgebrochen; nichts wurde geändert.";

    public string Expired => "Diese Vorschau ist abgelaufen oder gehört jemand anderem; nichts wurde geändert. Bitte neu beginnen.";

    public string NothingToUndo => "Es gibt keine aufgezeichnete Änderung, die sich rückgängig machen ließe.";

    public string TooLongForForm => "Dieser Fakt ist zu lang für ein Discord-Formular (4.000 Zeichen); bitte mit `knowledge edit` auf der Kommandozeile bearbeiten.";

    public string NameAFact => "Bitte eine Fakt-ID angeben.";

    public string NothingChanged => "Nichts wurde geändert:";

    public string FormHasProblems => "Nichts wurde geändert; bitte das Formular korrigieren:";

    public string Before => "Jetzt:";

    public string After => "Danach:";

    public string HistoryHint => "Rückgängig machen mit /fact undo change:N.";

    public string ConfirmButton => "Bestätigen";

    public string CancelButton => "Abbrechen";

    public string UndoButton => "Rückgängig";

    public string EditButton => "Bearbeiten";

    public string FixButton => "Formular korrigieren";

    public string AddTitle => "Fakt hinzufügen";

    public string SubjectLabel => "Subjekt";

    public string SubjectHint => "ID oder Name, z. B. amazon oder Microsoft";

    public string AmountLabel => "Betrag, wie ihn der Artikel nennt";

    public string AmountHint => "z. B. rund 80 Mrd. US-Dollar · 60–65 billion USD · 39 % · $80bn";

    public string PeriodLabel => "Zeitraum (optional)";

    public string PeriodHint => "z. B. 2025 · Geschäftsjahr 2025 · FY25 · Q1 2025 · bis 2028";

    public string QuoteLabel => "Wörtliches Zitat aus dem Artikel";

    public string QuoteHint => "Der ganze Satz, der die Zahl nennt, genau kopiert";

    public string StatementsLabel => "Aussagen (optional)";

    public string StatementsHint => "Je eine Zeile „de: …“ und „en: …“; eine leere Sprache wird aus der Zahl geschrieben";

    public string NoAmount => "keine Zahl (datierte Aussage)";

    public string NoPeriod => "kein Zeitraum";

    public string NoRefusedEdit => "Seit dieser Version wurde keine Änderung abgelehnt.";

    public string PhrasingOff => "Formulierung: aus (kein LLM konfiguriert; jede Antwort ist die Vorlage).";

    public string EditTitle(string factId) => $"{factId} bearbeiten";

    public string UnknownFact(string factId) => $"Es gibt keinen Fakt `{factId}`.";

    public string AndMore(int count) => $"… und {count.ToString(Culture)} weitere";

    public string CurrentVersion(string version) => $"Aktuelle Version `{version}`:";

    public string AddPreview(string factId, string file) => $"Fakt `{factId}` zu `{file}` hinzufügen? Alle Prüfungen bestanden.";

    public string EditPreview(string factId) => $"Fakt `{factId}` ändern? Alle Prüfungen bestanden.";

    public string RemovePreview(string factId, string file) => $"Fakt `{factId}` aus `{file}` entfernen?";

    public string Saved(KnowledgeChangeAction action, string factId, long changeId, long? undoOf)
    {
        var verb = action == KnowledgeChangeAction.Add ? "hinzugefügt" : action == KnowledgeChangeAction.Remove ? "entfernt" : "geändert";
        var undoes = undoOf is { } of ? UndoesChange(of) : "";
        return $"Fakt `{factId}` {verb}{undoes}: Änderung #{changeId.ToString(CultureInfo.InvariantCulture)}, ab sofort gültig.";
    }

    public string UndoesChange(long changeId) => $" (macht #{changeId.ToString(CultureInfo.InvariantCulture)} rückgängig)";

    public string LanguageName(Language language) => LanguageNames.GetValueOrDefault(language, language.Code);

    public string Show(string factId, string file, int line, string version, int changes) =>
        $"Fakt `{factId}` in `{file}` Zeile {line.ToString(Culture)}, Version `{version}`, {changes.ToString(Culture)} aufgezeichnete Änderung(en).";

    public string SourceLine(string title, string? publisher) => $"Quelle: {title} ({publisher ?? "Herausgeber unbekannt"})";

    public string NoHistory(string? factId) => factId is null ? "Noch keine Änderungen aufgezeichnet." : $"Keine Änderungen an `{factId}` aufgezeichnet.";

    public string ActionName(KnowledgeChangeAction action) =>
        action == KnowledgeChangeAction.Add ? "hinzugefügt" : action == KnowledgeChangeAction.Remove ? "entfernt" : "geändert";

    public string Actor(EditActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Platform == EditActor.File.Platform ? "eine Handänderung der Datei" : $"{actor.DisplayName} ({actor.Platform})";
    }

    public string AmountReadAs(string amount) => $"Betrag gelesen als: {amount}";

    public string PeriodReadAs(string period) => $"Zeitraum gelesen als: {period}";

    public string StatementGenerated(Language language, string statement) =>
        $"Keine {LanguageName(language)} Aussage angegeben; der Bot sagt: „{statement}“";

    public string FieldName(FactFormField field) => field switch
    {
        FactFormField.Id => "ID",
        FactFormField.Subject => "Subjekt",
        FactFormField.Kind => "Art",
        FactFormField.Topics => "Themen",
        FactFormField.Amount => "Betrag",
        FactFormField.Period => "Zeitraum",
        FactFormField.Source => "Quelle",
        FactFormField.Quote => "Zitat",
        _ => "Aussagen",
    };

    public string Problem(FactFormProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var value = problem.Detail;
        return problem.Kind switch
        {
            FactFormProblemKind.Missing => "fehlt.",
            FactFormProblemKind.TooLong => $"ist länger als {value} Zeichen.",
            FactFormProblemKind.ControlCharacter => $"enthält ein Steuerzeichen ({value}); bitte nur Text eingeben.",
            FactFormProblemKind.UnknownSubject => $"es gibt kein Subjekt „{value}“; bitte eine ID oder einen Namen aus subjects.yaml verwenden.",
            FactFormProblemKind.UnknownSource => $"es gibt keine Quelle „{value}“; bitte zuerst die Quelle anlegen (knowledge/sources/<id>.yaml).",
            FactFormProblemKind.UnknownKind => $"„{value}“ ist keine Fakt-Art.",
            FactFormProblemKind.UnknownTopic => $"es gibt kein Thema „{value}“.",
            FactFormProblemKind.UnreadableAmount => $"„{value}“ ist kein einzelner Betrag; bitte wie im Artikel schreiben, z. B. rund 80 Mrd. US-Dollar, 60–65 billion USD, 39 %.",
            FactFormProblemKind.MissingCurrency => $"„{value}“ nennt keine Währung; bitte ergänzen, z. B. US-Dollar, USD, Euro oder $.",
            FactFormProblemKind.UnreadablePeriod => $"„{value}“ ist kein Zeitraum; z. B. 2025, Geschäftsjahr 2025, FY25, Q1 2025, bis 2028, oder leer lassen.",
            FactFormProblemKind.UnreadableStatements => $"„{value}“ beginnt nicht mit „de:“ oder „en:“.",
            FactFormProblemKind.InvalidId => $"„{value}“ ist keine gültige Fakt-ID (Kleinbuchstaben, Ziffern und Bindestriche).",
            FactFormProblemKind.FigureNotInQuote => $"nennt die Zahl {value} nicht; das Zitat muss sie enthalten.",
            _ => "Im Formular wurde nichts geändert.",
        };
    }

    public string Status(KnowledgeStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return $"Wissensbasis Version {status.Version.ToString(Culture)}, geladen {status.LoadedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC "
            + $"aus {status.Files.ToString(Culture)} Datei(en): {status.Facts.ToString(Culture)} Fakten, {status.Sources.ToString(Culture)} Quellen.";
    }

    public string LastRefusedEdit(DateTimeOffset at, KnowledgeReloadOutcome outcome, string errors) =>
        $"Zuletzt abgelehnte Änderung ({at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, {outcome}): {errors}";

    public string WouldRemove(int facts) => $" – würde {facts.ToString(Culture)} Fakten entfernen; /reload confirm:True setzt sie in Kraft";

    public string FixedKnowledge(int facts, int sources) =>
        $"Wissensbasis: {facts.ToString(Culture)} Fakten, {sources.ToString(Culture)} Quellen (fest; nicht neu ladbar).";

    public string PhrasingOn(long phrased, long fallbacks, string reasons, long understood, long notUnderstood) => string.Create(
        Culture,
        $"Formulierung: {phrased} Antworten formuliert, {fallbacks} fielen auf die Vorlage zurück{reasons}; unklare Fragen zugeordnet: {understood}, abgelehnt: {notUnderstood}.");
}
