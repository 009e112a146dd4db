using System.Text;
using NSec.Cryptography;

namespace ChatBot.TestSupport;

/// <summary>Signs request bodies as Discord does, with an Ed25519 key pair generated for this run.</summary>
internal sealed class DiscordRequestSigner
{
    // Lives as long as the test run or load test that signs with it.
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public string Sign(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));
}
