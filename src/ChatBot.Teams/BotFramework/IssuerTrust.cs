namespace ChatBot.Teams.BotFramework;

/// <summary>
/// Issuers whose tokens are checked with the keys of one OpenID metadata document. Bot Framework channel tokens need
/// their key endorsed for the channel and a serviceurl claim; emulator and Entra tenant tokens have neither.
/// </summary>
internal sealed record IssuerTrust(
    IReadOnlyList<string> Issuers,
    OpenIdMetadataSource Metadata,
    bool IsChannel);
