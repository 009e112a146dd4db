namespace ChatBot.Discord.Gateway;

/// <summary>State that outlives a single connection so the next one can Resume.</summary>
internal sealed class GatewaySession
{
    private long _sequence = -1;

    public string? SessionId { get; private set; }
    public Uri? ResumeUrl { get; private set; }
    public string? BotUserId { get; private set; }

    public long? Sequence => Interlocked.Read(ref _sequence) is var s && s >= 0 ? s : null;

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Observe(long sequence) => Interlocked.Exchange(ref _sequence, sequence);

    public void Start(string sessionId, Uri resumeUrl, string? botUserId)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
        BotUserId = botUserId ?? BotUserId;
    }

    /// <summary>Forgets the session (not the bot's user id) so the next connection identifies afresh.</summary>
    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref _sequence, -1);
    }
}
