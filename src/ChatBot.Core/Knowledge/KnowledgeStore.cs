using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Knowledge;

/// <summary>
/// Holds the current snapshot and swaps it atomically. A failed load never replaces a good snapshot, so a
/// broken edit to the file leaves the bot answering from the last good version.
/// </summary>
public sealed class KnowledgeStore : IKnowledgeProvider
{
    private KnowledgeBase _current;

    public KnowledgeStore(KnowledgeBase initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        _current = initial;
    }

    public KnowledgeBase Current => Volatile.Read(ref _current);

    /// <summary>Installs the loaded snapshot if the load succeeded; returns whether it did.</summary>
    public bool TryReplace(KnowledgeLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            return false;
        }

        Interlocked.Exchange(ref _current, result.Knowledge!);
        return true;
    }
}
