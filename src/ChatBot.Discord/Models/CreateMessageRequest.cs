namespace ChatBot.Discord.Models;

/// <summary>Body of <c>POST /channels/{channel.id}/messages</c>.</summary>
public sealed record CreateMessageRequest
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public MessageReference? MessageReference { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
}
