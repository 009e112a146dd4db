using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells the test when code under test starts waiting on it, so the test advances
/// time exactly when a wait is pending instead of sleeping and hoping.
/// </summary>
internal sealed class SignallingTimeProvider : FakeTimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];
    private int _timers;

    public SignallingTimeProvider()
        : base(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Completes once at least <paramref name="count"/> timers with a due time have been created.</summary>
    public Task TimersCreatedAsync(int count)
    {
        lock (_lock)
        {
            if (_timers >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_lock)
            {
                _timers++;
                foreach (var waiter in _waiters.Where(w => w.Count <= _timers).ToList())
                {
                    waiter.Signal.TrySetResult();
                    _waiters.Remove(waiter);
                }
            }
        }

        return timer;
    }
}
