namespace ChatBot.Ingest;

/// <summary>How much an ingest reads and waits: a news article is far below these, a hostile source is stopped by them.</summary>
public static class IngestLimits
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public static readonly TimeSpan DownloadTimeout = TimeSpan.FromSeconds(20);

    public const int MaxRedirects = 5;
}
