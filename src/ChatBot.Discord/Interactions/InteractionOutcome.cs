using ChatBot.Discord.Models;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// The initial response to send now; when the handler missed the deadline, <see cref="PendingAnswer"/> is still running
/// and <see cref="DiscordInteractionProcessor.ContinueDeferred"/> must be called once the initial response is out.
/// </summary>
public sealed record InteractionOutcome(InteractionResponse InitialResponse, Task<InteractionResponse>? PendingAnswer)
{
    public bool IsDeferred => PendingAnswer is not null;
}
