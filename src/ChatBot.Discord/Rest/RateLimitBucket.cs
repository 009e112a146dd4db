namespace ChatBot.Discord.Rest;

/// <summary>
/// Requests of one bucket run one at a time so the Remaining/Reset-After headers of each response are applied before
/// the next request decides whether to wait.
/// </summary>
internal sealed class RateLimitBucket(TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int? _remaining;
    private DateTimeOffset _resetAt;

    public async Task EnterAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var wait = _resetAt - time.GetUtcNow();
            if (_remaining == 0 && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct);
            }
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    public void Exit() => _gate.Release();

    public void Update(int? remaining, TimeSpan? resetAfter)
    {
        if (remaining is null || resetAfter is null)
        {
            return;
        }

        _remaining = remaining;
        _resetAt = time.GetUtcNow() + resetAfter.Value;
    }

    public void Block(TimeSpan retryAfter) => Update(0, retryAfter);

    public void Dispose() => _gate.Dispose();
}
