using System.Text;
using ChatBot.Discord.Configuration;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace ChatBot.Discord.Http;

/// <summary>
/// Verifies Discord's Ed25519 signature over UTF-8(timestamp) followed by the raw body bytes. Any malformed input
/// counts as a failed verification because Discord probes the endpoint with invalid signatures and expects 401.
/// </summary>
public sealed class Ed25519SignatureVerifier
{
    private const int SignatureLength = 64;
    private readonly Ed25519PublicKeyParameters? _publicKey;

    public Ed25519SignatureVerifier(IOptions<DiscordOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _publicKey = TryParseKey(options.Value.PublicKey);
    }

    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (_publicKey is null || string.IsNullOrEmpty(timestamp) || signatureHex?.Length != SignatureLength * 2)
        {
            return false;
        }

        byte[] signature;
        try
        {
            signature = Convert.FromHexString(signatureHex);
        }
        catch (FormatException)
        {
            return false;
        }

        var signer = new Ed25519Signer();
        signer.Init(false, _publicKey);
        var timestampBytes = Encoding.UTF8.GetBytes(timestamp);
        signer.BlockUpdate(timestampBytes, 0, timestampBytes.Length);
        var bodyBytes = body.ToArray();
        signer.BlockUpdate(bodyBytes, 0, bodyBytes.Length);
        return signer.VerifySignature(signature);
    }

    private static Ed25519PublicKeyParameters? TryParseKey(string? hex)
    {
        if (hex?.Length != Ed25519PublicKeyParameters.KeySize * 2)
        {
            return null;
        }

        try
        {
            return new Ed25519PublicKeyParameters(Convert.FromHexString(hex), 0);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
