namespace ChatBot.Core.Ingest.Reasons;

/// <summary>
/// The wording of every ingest refusal in one language, one sentence fragment each (no final full stop: the caller
/// frames it). The compiler makes every language say every reason.
/// </summary>
public interface IIngestReasonPhrases
{
    string NotHttp(string url);

    string RedirectToOtherHost(string url, string host);

    string TooManyRedirects(string url, int limit);

    string HttpStatus(string url, int status, string? reasonPhrase);

    string NotTextOrHtml(string url, string mediaType);

    /// <summary><paramref name="bytes"/> is null when only "more than the limit" is known (the body was cut off).</summary>
    string TooLarge(long? bytes, long limitBytes);

    string Timeout(string url, int seconds);

    /// <summary><paramref name="detail"/> is the network stack's own message, left as it is.</summary>
    string Unreachable(string url, string detail);

    string Empty { get; }

    string Binary { get; }

    string NoArticleText { get; }

    string NotUtf8 { get; }

    string UnknownCharset(string charset);

    string BadSourceId(string id);

    string SourceExists(string id);

    string DraftExists(string id, string path);

    /// <summary>The same text is already <paramref name="sourceId"/>'s article (at <paramref name="path"/>), or a draft's when no source cites it.</summary>
    string AlreadyIngested(string? sourceId, string? path);

    string NoFigures { get; }

    string UnsupportedLanguage(IReadOnlyList<string> codes);
}
