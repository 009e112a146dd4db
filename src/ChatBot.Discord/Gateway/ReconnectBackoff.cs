namespace ChatBot.Discord.Gateway;

/// <summary>Exponential reconnect delay: 1 s doubling to 60 s, with up to 25% jitter so many bots do not reconnect in step.</summary>
internal sealed class ReconnectBackoff
{
    private static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);
    private TimeSpan _next = Initial;

    public TimeSpan Next()
    {
        var delay = _next;
        _next = TimeSpan.FromTicks(Math.Min(Cap.Ticks, _next.Ticks * 2));
        return delay + (delay * (Random.Shared.NextDouble() * 0.25));
    }

    public void Reset() => _next = Initial;

    /// <summary>Discord asks for a random 1–5 s wait before answering op 9 Invalid Session.</summary>
    public static TimeSpan InvalidSessionDelay() => TimeSpan.FromSeconds(1 + (Random.Shared.NextDouble() * 4));
}
