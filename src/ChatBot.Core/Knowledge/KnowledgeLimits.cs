namespace ChatBot.Core.Knowledge;

/// <summary>Bounds on what a knowledge file may be, checked before any parser sees it.</summary>
public static class KnowledgeLimits
{
    /// <summary>
    /// The largest knowledge file read, in bytes (and in characters of text handed to the loader): half again the
    /// 100,000-fact benchmark file (42 MB). Larger input is refused unread, so no file can exhaust memory.
    /// </summary>
    public const int MaxFileBytes = 64 * 1024 * 1024;

    /// <summary>At most this many characters of an offending value are quoted in an error line.</summary>
    public const int MaxExcerptLength = 60;
}
