namespace ChatBot.Core.Ingest.Reasons;

/// <summary>Why an article or ingest request was refused, as data; <see cref="IngestReason"/> carries the details.</summary>
public enum IngestReasonKind
{
    NotHttp,
    RedirectToOtherHost,
    TooManyRedirects,
    HttpStatus,
    NotTextOrHtml,
    TooLarge,
    Timeout,
    Unreachable,
    Empty,
    Binary,
    NoArticleText,
    NotUtf8,
    UnknownCharset,
    BadSourceId,
    SourceExists,
    DraftExists,
    AlreadyIngested,
    NoFigures,
    UnsupportedLanguage,
}
