using System.Collections.Concurrent;
using ChatBot.Teams.Activities;

namespace ChatBot.Teams.BotFramework;

/// <summary>
/// Teams re-sends an activity it thinks went unanswered (same id and conversation); each is answered once within
/// <see cref="Window"/>.
/// </summary>
public sealed class ActivityDeduplicator(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <summary>True the first time an activity is seen; activities without an id are always new.</summary>
    public bool IsFirst(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }

        var now = time.GetUtcNow();
        if (_seen.Count > PruneAbove)
        {
            foreach (var (key, seen) in _seen)
            {
                if (now - seen > Window)
                {
                    _seen.TryRemove(key, out _);
                }
            }
        }

        var id = $"{activity.Conversation?.Id}\n{activity.Id}";
        var first = true;
        _seen.AddOrUpdate(id, now, (_, seen) =>
        {
            first = now - seen > Window;
            return first ? now : seen;
        });
        return first;
    }
}
