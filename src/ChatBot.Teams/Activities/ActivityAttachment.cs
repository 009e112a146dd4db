using System.Text.Json.Nodes;

namespace ChatBot.Teams.Activities;

/// <summary>An attachment; the bot sends Adaptive Cards as <c>application/vnd.microsoft.card.adaptive</c> with the card as an object.</summary>
public sealed record ActivityAttachment(string? ContentType, JsonNode? Content)
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
}
