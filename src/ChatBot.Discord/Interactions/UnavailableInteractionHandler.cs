using ChatBot.Discord.Models;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Registered only when no real handler is: the transport still answers within Discord's deadline instead of letting
/// the interaction fail, until the command router is wired in.
/// </summary>
internal sealed class UnavailableInteractionHandler : IDiscordInteractionHandler, IDiscordMessageHandler
{
    public Task<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken ct) =>
        Task.FromResult(new InteractionResponse
        {
            Type = interaction.Type == InteractionType.ApplicationCommandAutocomplete
                ? InteractionCallbackType.ApplicationCommandAutocompleteResult
                : InteractionCallbackType.ChannelMessageWithSource,
            Data = interaction.Type == InteractionType.ApplicationCommandAutocomplete
                ? new InteractionCallbackData { Choices = [] }
                : new InteractionCallbackData { Content = "This command is not available yet.", Flags = MessageFlags.Ephemeral },
        });

    public Task<MessageReply?> HandleMentionAsync(Message message, CancellationToken ct) => Task.FromResult<MessageReply?>(null);
}
