using System.Text;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>Plays Discord's side of request signing with a freshly generated Ed25519 key pair.</summary>
internal sealed class TestKeys
{
    public const string ApplicationId = "1234567890123456789";
    public const string BotToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDE.fake-token_for-tests";

    private readonly Ed25519PrivateKeyParameters _private;

    public TestKeys()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        _private = (Ed25519PrivateKeyParameters)pair.Private;
        PublicKeyHex = Convert.ToHexStringLower(((Ed25519PublicKeyParameters)pair.Public).GetEncoded());
    }

    public string PublicKeyHex { get; }

    public string Sign(string timestamp, byte[] body)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, _private);
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        signer.BlockUpdate(message, 0, message.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }
}
