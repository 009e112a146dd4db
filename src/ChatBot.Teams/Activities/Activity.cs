using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Teams.Activities;

/// <summary>
/// The part of a Bot Framework activity this bot reads or writes. Teams does not publish the exact field set of an
/// outgoing-webhook request, so every field is optional and unknown ones are ignored.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public string? Summary { get; init; }

    public string? Locale { get; init; }

    public string? ReplyToId { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<ActivityEntity>? Entities { get; init; }

    public IReadOnlyList<ActivityAttachment>? Attachments { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public JsonElement? Value { get; init; }

    public JsonObject? ChannelData { get; init; }
}
