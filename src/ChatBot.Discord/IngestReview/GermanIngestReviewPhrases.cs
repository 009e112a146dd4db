using System.Globalization;
using ChatBot.Core.Ingest.Reasons;

namespace ChatBot.Discord.IngestReview;

/// <inheritdoc cref="IIngestReviewPhrases"/>
public sealed class GermanIngestReviewPhrases : IIngestReviewPhrases
{
    public string Unavailable => "Einlesen ist hier nicht möglich: Der Bot hat keinen beschreibbaren Wissensordner.";

    public string FileOrUrl => "Gib entweder eine Datei (file) oder eine Adresse (url) an – genau eins von beiden.";

    public string BadDate(string text) => $"published muss ein Datum JJJJ-MM-TT sein, nicht „{text}“.";

    public string BadUrl(string text) => $"„{text}“ ist keine http(s)-Adresse.";

    public string Failed(string reason) => $"Nicht eingelesen: {reason.ReplaceLineEndings(" ").TrimEnd('.')}. Es wurde nichts geschrieben.";

    public IIngestReasonPhrases Reasons { get; } = new GermanIngestReasonPhrases();

    public string AttachmentMissing => "der Anhang fehlt im Befehl";

    public string AttachmentNotOnCdn(string host) => $"die Adresse des Anhangs ({host}) ist nicht Discords Dateiserver";

    public string AttachmentEmpty => "der Anhang ist leer";

    public string AttachmentTooBig(long bytes, int limitMegabytes) =>
        $"der Anhang ist {Decimal(bytes / (1024.0 * 1024), "0.#")} MB groß; die Grenze liegt bei {limitMegabytes} MB";

    public string AttachmentLargerThanDeclared(long declared) => $"der Download ist größer als die {declared} Bytes, die der Anhang angibt";

    public string AttachmentType(string type) => $"der Anhang ist {type}, kein Text und kein HTML";

    public string AttachmentStatus(int status) => $"der Anhang ließ sich nicht herunterladen (HTTP {status})";

    public string AttachmentTimeout(int seconds) => $"der Anhang kam nicht innerhalb von {seconds} s an";

    public string AttachmentUnreachable => "der Anhang ließ sich nicht herunterladen";

    public string DraftCreated(int proposals, int duplicates) =>
        $"Entwurf angelegt: {Count(proposals, "vorgeschlagene Zahl", "vorgeschlagene Zahlen")} ({duplicates} wiederholen bekannte Fakten). Prüfe sie unten.";

    public string ReviewHeader(string sourceId, string? title, string? publisher, DateOnly? published, int open)
    {
        var about = string.Join(", ", new[] { title, publisher, published?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) }.Where(s => s is not null));
        return $"**Entwurf `{sourceId}`**{(about.Length > 0 ? $" – {about}" : "")}: {Count(open, "Vorschlag", "Vorschläge")} offen.";
    }

    public string Page(int page, int pages) => $"Seite {page} von {pages}";

    public string Proposal(int number, string factId, string figure, string? period, string subject, string kind, double? confidence, string? duplicateOf)
    {
        var sure = confidence is { } c ? $", Sicherheit {Decimal(c, "0.00")}" : "";
        var duplicate = duplicateOf is null ? "" : $" **Dublette von `{duplicateOf}`**";
        return $"**{number}.** `{factId}`: {figure}{(period is null ? "" : $", {period}")} – {subject}, {kind}{sure}{duplicate}";
    }

    public string Quote(string text) => $"> „{text}“";

    public string ApproveLabel(int number) => $"{number}: Übernehmen";

    public string SkipLabel(int number) => $"{number}: Verwerfen";

    public string EditLabel(int number) => $"{number}: Bearbeiten";

    public string ApproveAllLabel(int open) => $"Alle {open} übernehmen";

    public string PreviousLabel => "◀ Zurück";

    public string NextLabel => "Weiter ▶";

    public string Approved(IReadOnlyList<string> factIds) =>
        $"✅ Übernommen: {string.Join(", ", factIds.Take(10).Select(id => $"`{id}`"))}{(factIds.Count > 10 ? $" und {factIds.Count - 10} weitere" : "")}"
        + " (geprüft, im Änderungsprotokoll unter deinem Namen; /fact history listet die Änderungen, /fact undo nimmt eine zurück).";

    public string Skipped(string factId) => $"⏭ `{factId}` verworfen; der Vorschlag ist nicht mehr im Entwurf.";

    public string NotApproved(string reason) => $"⚠ Nicht übernommen: {reason}";

    public string ReviewFinished(string sourceId) => $"Prüfung von `{sourceId}` abgeschlossen: keine Vorschläge mehr offen.";

    public string DraftUnavailable(string reason) => $"Dieser Entwurf lässt sich nicht prüfen: {reason}";

    public string InvalidButton => "Diese Schaltfläche ist nicht (mehr) gültig.";

    public string EditTitle(string factId) => $"{factId} bearbeiten und übernehmen";

    public string TooLongForForm => "Dieser Vorschlag ist zu lang für das Formular; korrigiere ihn in der Entwurfsdatei und übernimm ihn dort.";

    public string EmptyForm => "Das Formular war leer; es wurde nichts übernommen.";

    public string NoDrafts => "Keine Entwürfe warten auf Prüfung.";

    public string DraftsHeader(int count) => $"{Count(count, "Entwurf wartet", "Entwürfe warten")} auf Prüfung (öffnen mit /drafts source_id):";

    public string DraftLine(string sourceId, string? title, int open) => $"• `{sourceId}`{(title is null ? "" : $" – {title}")}: {Count(open, "Vorschlag", "Vorschläge")}";

    public string InvalidDraftLine(string sourceId, string reason) => $"• `{sourceId}`: ungültig ({reason})";

    public string StaleHeader(int stale, int total, int days) => $"{stale} von {total} Fakten stammen aus Quellen, die älter als {days} Tage oder undatiert sind:";

    public string StaleLine(string factId, string sourceId, DateOnly? published, int? ageDays) => published is { } date
        ? string.Create(CultureInfo.InvariantCulture, $"• `{factId}` ({sourceId}): erschienen am {date:dd.MM.yyyy}, vor {ageDays} Tagen")
        : $"• `{factId}` ({sourceId}): undatiert";

    public string StaleMore(int more) => $"… und {more} weitere (knowledge stale auf der Kommandozeile listet alle).";

    // The host may run without culture data (globalization-invariant), so the decimal comma is set here.
    private static string Decimal(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
