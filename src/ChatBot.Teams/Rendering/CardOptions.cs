namespace ChatBot.Teams.Rendering;

/// <summary>
/// How a card is rendered for its channel. Outgoing-webhook cards may only carry openURL actions, so there the
/// sources are shown expanded without a toggle and the quotes button is left out.
/// </summary>
/// <param name="CollapsibleSources">Whether the sources start hidden behind an Action.ToggleVisibility (schema 1.2).</param>
/// <param name="QuotesAction">Whether to add the button that asks the bot for the verbatim quotes.</param>
/// <param name="MaxMessageBytes">The budget for the whole message, in UTF-16 bytes as Teams counts them.</param>
public sealed record CardOptions(bool CollapsibleSources, bool QuotesAction, int MaxMessageBytes)
{
    /// <summary>Teams' recommended bot message size: 80 KB of UTF-16 (the hard limit is about 100 KB).</summary>
    public const int BotMessageBytes = 80 * 1024;

    /// <summary>Outgoing-webhook replies have no documented limit; incoming webhooks' 28 KB is the conservative choice.</summary>
    public const int WebhookMessageBytes = 28 * 1024;

    public static CardOptions Bot { get; } = new(CollapsibleSources: true, QuotesAction: true, BotMessageBytes);

    public static CardOptions Webhook { get; } = new(CollapsibleSources: false, QuotesAction: false, WebhookMessageBytes);
}
