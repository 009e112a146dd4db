using System.Globalization;

namespace ChatBot.Core.Ingest.Reasons;

/// <inheritdoc/>
public sealed class GermanIngestReasonPhrases : IIngestReasonPhrases
{

    public string NotHttp(string url) => $"nur http- und https-Adressen können eingelesen werden, nicht „{url}“";

    public string RedirectToOtherHost(string url, string host) => $"{url} leitet auf einen anderen Server um ({host}); lies diese Adresse direkt ein, wenn du ihr traust";

    public string TooManyRedirects(string url, int limit) => $"{url} leitet mehr als {limit}-mal um";

    public string HttpStatus(string url, int status, string? reasonPhrase) => $"{url} antwortete mit {status} {reasonPhrase}".TrimEnd();

    public string NotTextOrHtml(string url, string mediaType) => $"{url} lieferte {mediaType}, keinen Text und kein HTML";

    public string TooLarge(long? bytes, long limitBytes) => bytes is { } size
        ? $"der Artikel ist {Megabytes(size)} MB groß; die Grenze liegt bei {limitBytes / (1024 * 1024)} MB"
        : $"der Artikel ist größer als die Grenze von {limitBytes / (1024 * 1024)} MB";

    public string Timeout(string url, int seconds) => $"{url} hat nicht innerhalb von {seconds} s geantwortet";

    public string Unreachable(string url, string detail) => $"{url} konnte nicht abgerufen werden: {detail}";

    public string Empty => "der Artikel ist leer";

    public string Binary => "die Datei ist binär, kein Text und kein HTML";

    public string NoArticleText => "die Seite enthält keinen Artikeltext (nur Navigation, Skripte oder anderes Beiwerk)";

    public string NotUtf8 => "der Text ist kein gültiges UTF-8 (als UTF-8 speichern oder eine HTML-Seite mit angegebenem Zeichensatz verwenden)";

    public string UnknownCharset(string charset) => $"unbekannter Zeichensatz „{charset}“";

    public string BadSourceId(string id) => $"die Quellen-ID „{id}“ muss aus 1–80 Kleinbuchstaben, Ziffern und Bindestrichen bestehen";

    public string SourceExists(string id) => $"die Quellen-ID „{id}“ gibt es schon im Wissen; wähle eine andere";

    public string DraftExists(string id, string path) => $"zur Quellen-ID „{id}“ gibt es schon einen Entwurf oder einen archivierten Artikel ({path}); erst freigeben oder verwerfen";

    public string AlreadyIngested(string? sourceId, string? path) => (sourceId, path) switch
    {
        ({ } id, { } file) => $"dieser Artikeltext wurde schon eingelesen: Quelle „{id}“ ({file})",
        ({ } id, null) => $"dieser Artikeltext wurde schon eingelesen: Quelle „{id}“",
        _ => $"dieser Artikeltext wurde schon eingelesen: {path} (ein Entwurf wartet auf Prüfung)",
    };

    public string NoFigures => "der Artikel nennt keine Zahlen, die sich vorschlagen ließen; es wurde nichts geschrieben";

    public string UnsupportedLanguage(IReadOnlyList<string> codes) => $"der Artikel ist in keiner der Sprachen, die eingelesen werden können ({string.Join(", ", codes)})";

    // The build runs with invariant globalization (no de-DE culture): the decimal comma is written here.
    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
}
