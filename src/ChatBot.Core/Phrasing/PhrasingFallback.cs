namespace ChatBot.Core.Phrasing;

/// <summary>Why an answer went out as the template instead of the model's phrasing.</summary>
public enum PhrasingFallback
{
    /// <summary>The answer is not one phrasing may touch (no figure, help, sources, refusal, computed total); not counted.</summary>
    NotPhrasable,

    /// <summary>The reply failed the number guard.</summary>
    Violation,
    Timeout,
    Error,
    Refusal,
    Empty,

    /// <summary>The model stopped at its token limit, so the reply may end mid-sentence.</summary>
    Truncated,
    TooLong,
}
