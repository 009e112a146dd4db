using System.Globalization;

namespace ChatBot.Core.Ingest.Reasons;

/// <inheritdoc/>
public sealed class EnglishIngestReasonPhrases : IIngestReasonPhrases
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public string NotHttp(string url) => $"only http and https URLs can be ingested, not '{url}'";

    public string RedirectToOtherHost(string url, string host) => $"{url} redirects to another host ({host}); ingest that URL directly if you trust it";

    public string TooManyRedirects(string url, int limit) => $"{url} redirects more than {limit} times";

    public string HttpStatus(string url, int status, string? reasonPhrase) => $"{url} answered {status} {reasonPhrase}".TrimEnd();

    public string NotTextOrHtml(string url, string mediaType) => $"{url} sent {mediaType}, not text or HTML";

    public string TooLarge(long? bytes, long limitBytes) => bytes is { } size
        ? string.Create(Culture, $"the article is {size / (1024.0 * 1024):0.#} MB; the limit is {limitBytes / (1024 * 1024)} MB")
        : $"the article is larger than {limitBytes / (1024 * 1024)} MB, the limit";

    public string Timeout(string url, int seconds) => $"{url} did not answer within {seconds} s";

    public string Unreachable(string url, string detail) => $"{url} could not be fetched: {detail}";

    public string Empty => "the article is empty";

    public string Binary => "the file is binary, not text or HTML";

    public string NoArticleText => "the page has no article text (only navigation, scripts or other boilerplate)";

    public string NotUtf8 => "the text is not valid UTF-8 (save it as UTF-8, or give an HTML page that declares its charset)";

    public string UnknownCharset(string charset) => $"unknown charset '{charset}'";

    public string BadSourceId(string id) => $"source id '{id}' must be 1–80 lower-case letters, digits and hyphens";

    public string SourceExists(string id) => $"source id '{id}' already exists in the knowledge; choose another with --source-id";

    public string DraftExists(string id, string path) => $"source id '{id}' already has a draft or an archived article ({path}); approve or reject it first";

    public string AlreadyIngested(string? sourceId, string? path) => (sourceId, path) switch
    {
        ({ } id, { } file) => $"this article text was already ingested: source '{id}' ({file})",
        ({ } id, null) => $"this article text was already ingested: source '{id}'",
        _ => $"this article text was already ingested: {path} (a draft awaiting review)",
    };

    public string NoFigures => "the article states no figures to propose; nothing was written";

    public string UnsupportedLanguage(IReadOnlyList<string> codes) => $"the article is in none of the languages that can be ingested ({string.Join(", ", codes)})";
}
