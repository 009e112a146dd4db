namespace ChatBot.Core.Ingest.Reasons;

/// <summary>
/// Why an ingest was refused: a kind and its details, rendered in the reader's language by an
/// <see cref="IIngestReasonPhrases"/> (the CLI and logs use English, Discord the moderator's language).
/// </summary>
public sealed class IngestReason
{
    private readonly Func<IIngestReasonPhrases, string> _render;

    private IngestReason(IngestReasonKind kind, Func<IIngestReasonPhrases, string> render)
    {
        Kind = kind;
        _render = render;
    }

    public IngestReasonKind Kind { get; }

    public static IngestReason NotHttp(string url) => new(IngestReasonKind.NotHttp, p => p.NotHttp(url));

    public static IngestReason RedirectToOtherHost(string url, string host) => new(IngestReasonKind.RedirectToOtherHost, p => p.RedirectToOtherHost(url, host));

    public static IngestReason TooManyRedirects(string url, int limit) => new(IngestReasonKind.TooManyRedirects, p => p.TooManyRedirects(url, limit));

    public static IngestReason HttpStatus(string url, int status, string? reasonPhrase) => new(IngestReasonKind.HttpStatus, p => p.HttpStatus(url, status, reasonPhrase));

    public static IngestReason NotTextOrHtml(string url, string mediaType) => new(IngestReasonKind.NotTextOrHtml, p => p.NotTextOrHtml(url, mediaType));

    public static IngestReason TooLarge(long? bytes, long limitBytes) => new(IngestReasonKind.TooLarge, p => p.TooLarge(bytes, limitBytes));

    public static IngestReason Timeout(string url, int seconds) => new(IngestReasonKind.Timeout, p => p.Timeout(url, seconds));

    public static IngestReason Unreachable(string url, string detail) => new(IngestReasonKind.Unreachable, p => p.Unreachable(url, detail));

    public static IngestReason Empty { get; } = new(IngestReasonKind.Empty, p => p.Empty);

    public static IngestReason Binary { get; } = new(IngestReasonKind.Binary, p => p.Binary);

    public static IngestReason NoArticleText { get; } = new(IngestReasonKind.NoArticleText, p => p.NoArticleText);

    public static IngestReason NotUtf8 { get; } = new(IngestReasonKind.NotUtf8, p => p.NotUtf8);

    public static IngestReason UnknownCharset(string charset) => new(IngestReasonKind.UnknownCharset, p => p.UnknownCharset(charset));

    public static IngestReason BadSourceId(string id) => new(IngestReasonKind.BadSourceId, p => p.BadSourceId(id));

    public static IngestReason SourceExists(string id) => new(IngestReasonKind.SourceExists, p => p.SourceExists(id));

    public static IngestReason DraftExists(string id, string path) => new(IngestReasonKind.DraftExists, p => p.DraftExists(id, path));

    public static IngestReason AlreadyIngested(string? sourceId, string? path) => new(IngestReasonKind.AlreadyIngested, p => p.AlreadyIngested(sourceId, path));

    public static IngestReason NoFigures { get; } = new(IngestReasonKind.NoFigures, p => p.NoFigures);

    public static IngestReason UnsupportedLanguage(IReadOnlyList<string> codes) => new(IngestReasonKind.UnsupportedLanguage, p => p.UnsupportedLanguage(codes));

    /// <summary>The reason in the language of <paramref name="phrases"/>.</summary>
    public string Render(IIngestReasonPhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        return _render(phrases);
    }

    /// <summary>English, for logs and the CLI.</summary>
    public override string ToString() => Render(IngestReasonPhraseBooks.Default.For(IngestReasonPhraseBooks.Default.Fallback));
}
