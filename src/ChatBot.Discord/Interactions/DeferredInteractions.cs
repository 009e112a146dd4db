using System.Collections.Concurrent;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Work a handler starts when it acknowledges at once (type 5) and answers later: the processor picks it up by the
/// interaction's id once the acknowledgement is out and edits the original response with the result.
/// </summary>
public sealed class DeferredInteractions
{
    private readonly ConcurrentDictionary<string, Task<InteractionResponse>> _work = new(StringComparer.Ordinal);

    /// <summary>Starts <paramref name="work"/> and returns the ephemeral acknowledgement to answer with now.</summary>
    public InteractionResponse Defer(Interaction interaction, Func<CancellationToken, Task<InteractionResponse>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(work);
        _work[interaction.Id] = Task.Run(() => work(ct), CancellationToken.None);
        return new InteractionResponse
        {
            Type = InteractionCallbackType.DeferredChannelMessageWithSource,
            Data = new InteractionCallbackData { Flags = MessageFlags.Ephemeral },
        };
    }

    /// <summary>The work started for the interaction, removed so it is delivered once; null when none was started.</summary>
    public Task<InteractionResponse>? Take(string interactionId) => _work.TryRemove(interactionId, out var work) ? work : null;
}
