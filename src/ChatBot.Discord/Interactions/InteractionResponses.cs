using ChatBot.Discord.Models;

namespace ChatBot.Discord.Interactions;

/// <summary>Responses the transport itself produces: deferrals and the generic error shown when a handler fails.</summary>
internal static class InteractionResponses
{
    public const string ErrorText = "Sorry, something went wrong while answering. Please try again later.";

    public static InteractionResponse Pong { get; } = new() { Type = InteractionCallbackType.Pong };

    /// <summary>Autocomplete cannot be deferred, so it gets an empty choice list instead.</summary>
    public static InteractionResponse DeferFor(Interaction interaction) => interaction.Type switch
    {
        InteractionType.MessageComponent => new() { Type = InteractionCallbackType.DeferredUpdateMessage },
        InteractionType.ApplicationCommandAutocomplete => NoChoices,
        _ => new() { Type = InteractionCallbackType.DeferredChannelMessageWithSource },
    };

    public static InteractionResponse ErrorFor(Interaction interaction) =>
        interaction.Type == InteractionType.ApplicationCommandAutocomplete
            ? NoChoices
            : new()
            {
                Type = InteractionCallbackType.ChannelMessageWithSource,
                Data = new() { Content = ErrorText, Flags = MessageFlags.Ephemeral, AllowedMentions = AllowedMentions.None },
            };

    private static InteractionResponse NoChoices { get; } = new()
    {
        Type = InteractionCallbackType.ApplicationCommandAutocompleteResult,
        Data = new() { Choices = [] },
    };
}
