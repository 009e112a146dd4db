using System.Buffers;
using System.Text;
using ChatBot.Discord.Configuration;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace ChatBot.Discord.Http;

/// <summary>
/// Verifies Discord's Ed25519 signature over UTF-8(timestamp) followed by the raw body bytes, with NSec (libsodium).
/// Any malformed input counts as a failed verification because Discord probes the endpoint with invalid signatures
/// and expects 401.
/// </summary>
public sealed class Ed25519SignatureVerifier
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;

    // A Discord timestamp is about ten digits; anything much longer is not one and is not worth copying.
    private const int MaxTimestampLength = 32;

    private readonly PublicKey? _publicKey;

    public Ed25519SignatureVerifier(IOptions<DiscordOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _publicKey = TryParseKey(options.Value.PublicKey);
    }

    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (_publicKey is null || string.IsNullOrEmpty(timestamp) || timestamp.Length > MaxTimestampLength
            || signatureHex?.Length != Algorithm.SignatureSize * 2)
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[Algorithm.SignatureSize];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != OperationStatus.Done || written != signature.Length)
        {
            return false;
        }

        var length = Encoding.UTF8.GetByteCount(timestamp) + body.Length;
        var message = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var prefix = Encoding.UTF8.GetBytes(timestamp, message);
            body.CopyTo(message.AsSpan(prefix));
            return Algorithm.Verify(_publicKey, message.AsSpan(0, length), signature);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }

    private static PublicKey? TryParseKey(string? hex)
    {
        if (hex?.Length != Algorithm.PublicKeySize * 2)
        {
            return null;
        }

        Span<byte> raw = stackalloc byte[Algorithm.PublicKeySize];
        return Convert.FromHexString(hex, raw, out _, out var written) == OperationStatus.Done && written == raw.Length
            && PublicKey.TryImport(Algorithm, raw, KeyBlobFormat.RawPublicKey, out var key)
            ? key
            : null;
    }
}
