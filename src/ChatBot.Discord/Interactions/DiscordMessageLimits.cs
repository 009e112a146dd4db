using ChatBot.Discord.Models;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Makes any outbound message acceptable to Discord: over-long text is split into further embeds or truncated with "…"
/// instead of being rejected with a 400, and mentions never ping.
/// </summary>
public static class DiscordMessageLimits
{
    public const int MaxContentLength = 2000;
    public const int MaxEmbeds = 10;
    public const int MaxTitleLength = 256;
    public const int MaxDescriptionLength = 4096;
    public const int MaxFields = 25;
    public const int MaxFieldNameLength = 256;
    public const int MaxFieldValueLength = 1024;
    public const int MaxFooterLength = 2048;
    public const int MaxTotalEmbedLength = 6000;
    public const int MaxChoices = 25;
    public const string Ellipsis = "…";

    /// <summary>Applies the limits to the message data of an interaction response, if it has any.</summary>
    public static InteractionResponse Apply(InteractionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Data is null || response.Type == InteractionCallbackType.Modal
            ? response
            : response with { Data = Apply(response.Data) };
    }

    /// <summary>Applies the limits to a callback, follow-up or edit body.</summary>
    public static InteractionCallbackData Apply(InteractionCallbackData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data with
        {
            Content = LimitContent(data.Content),
            Embeds = EmbedLimiter.Limit(data.Embeds),
            AllowedMentions = AllowedMentions.None,
            Choices = data.Choices is { Count: > MaxChoices } ? data.Choices.Take(MaxChoices).ToList() : data.Choices,
        };
    }

    /// <summary>Applies the limits to a channel message; replies never ping the replied-to author either.</summary>
    public static CreateMessageRequest Apply(CreateMessageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request with
        {
            Content = LimitContent(request.Content),
            Embeds = EmbedLimiter.Limit(request.Embeds),
            AllowedMentions = new AllowedMentions { Parse = [], RepliedUser = false },
        };
    }

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="maxLength"/> UTF-16 units, ending in "…".</summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = SafeCut(text, maxLength - Ellipsis.Length);
        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>Moves <paramref name="cut"/> back so a surrogate pair is never split.</summary>
    internal static int SafeCut(string text, int cut) =>
        cut > 0 && cut < text.Length && char.IsLowSurrogate(text[cut]) ? cut - 1 : cut;

    private static string? LimitContent(string? content) =>
        content is null ? null : Truncate(content, MaxContentLength);
}
