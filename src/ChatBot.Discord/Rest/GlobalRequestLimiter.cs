namespace ChatBot.Discord.Rest;

/// <summary>Keeps the bot under Discord's global 50 requests/s and honours global 429 pauses.</summary>
internal sealed class GlobalRequestLimiter(TimeProvider time, int requestsPerSecond = 50)
{
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Lock _lock = new();
    private DateTimeOffset _pausedUntil;

    public void Pause(TimeSpan duration)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + duration;
            _pausedUntil = until > _pausedUntil ? until : _pausedUntil;
        }
    }

    /// <summary>Waits out a global pause and, unless <paramref name="exempt"/>, reserves a slot in the 1 s window.</summary>
    public async Task WaitAsync(bool exempt, CancellationToken ct)
    {
        while (true)
        {
            var wait = Reserve(exempt);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, ct);
        }
    }

    private TimeSpan Reserve(bool exempt)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_pausedUntil > now)
            {
                return _pausedUntil - now;
            }

            if (exempt)
            {
                return TimeSpan.Zero;
            }

            while (_recent.Count > 0 && now - _recent.Peek() >= TimeSpan.FromSeconds(1))
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= requestsPerSecond)
            {
                return _recent.Peek() + TimeSpan.FromSeconds(1) - now;
            }

            _recent.Enqueue(now);
            return TimeSpan.Zero;
        }
    }
}
