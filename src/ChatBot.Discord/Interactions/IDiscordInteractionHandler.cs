using ChatBot.Discord.Models;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Answers an interaction, whichever transport delivered it. Resolved from a fresh DI scope per interaction.
/// The transport enforces message limits and <c>allowed_mentions</c>, and defers when the answer takes too long.
/// </summary>
public interface IDiscordInteractionHandler
{
    /// <summary>Builds the response; throwing makes the transport show a short ephemeral error.</summary>
    Task<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken ct);
}
