namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>Plays Discord's side of request signing, with the application id and token the tests configure.</summary>
internal sealed class TestKeys
{
    public const string ApplicationId = "1234567890123456789";
    public const string BotToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDE.fake-token_for-tests";

    private readonly DiscordRequestSigner _signer = new();

    public string PublicKeyHex => _signer.PublicKeyHex;

    public string Sign(string timestamp, byte[] body) => _signer.Sign(timestamp, body);
}
