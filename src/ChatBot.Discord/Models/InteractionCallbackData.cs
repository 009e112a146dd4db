namespace ChatBot.Discord.Models;

/// <summary>
/// Message content of an interaction response, follow-up or edit; <see cref="Choices"/> only for autocomplete;
/// <see cref="CustomId"/> and <see cref="Title"/> only for a modal.
/// </summary>
public sealed record InteractionCallbackData
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public MessageFlags? Flags { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }
    public string? CustomId { get; init; }
    public string? Title { get; init; }
}
