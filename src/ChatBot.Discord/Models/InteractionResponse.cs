namespace ChatBot.Discord.Models;

/// <summary>The initial response to an interaction.</summary>
public sealed record InteractionResponse
{
    public InteractionCallbackType Type { get; init; }
    public InteractionCallbackData? Data { get; init; }
}
