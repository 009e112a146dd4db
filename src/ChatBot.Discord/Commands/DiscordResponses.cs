using ChatBot.Discord.Models;

namespace ChatBot.Discord.Commands;

/// <summary>Response shapes the commands share.</summary>
internal static class DiscordResponses
{
    public static InteractionResponse Message(InteractionCallbackData data) =>
        new() { Type = InteractionCallbackType.ChannelMessageWithSource, Data = data };

    /// <summary>A short text only the invoking user sees.</summary>
    public static InteractionResponse Ephemeral(string text) => Message(new InteractionCallbackData
    {
        Content = text,
        Flags = MessageFlags.Ephemeral,
        AllowedMentions = AllowedMentions.None,
    });

    public static InteractionResponse Choices(IReadOnlyList<ApplicationCommandOptionChoice> choices) => new()
    {
        Type = InteractionCallbackType.ApplicationCommandAutocompleteResult,
        Data = new InteractionCallbackData { Choices = choices },
    };
}
