using System.Security.Cryptography;

namespace ChatBot.Teams.Webhook;

/// <summary>
/// Checks a Teams outgoing webhook's <c>Authorization: HMAC &lt;base64&gt;</c>: HMAC-SHA256 over the raw body bytes, keyed
/// with the base64-decoded security token, compared in constant time. Several keys allow one bot in several teams.
/// </summary>
public sealed class HmacSignatureVerifier
{
    private const string Scheme = "HMAC ";
    private const int MacBytes = 32;
    private readonly byte[][] _keys;

    /// <param name="securityTokens">The base64 security tokens Teams showed when each webhook was created.</param>
    public HmacSignatureVerifier(IEnumerable<string> securityTokens)
    {
        ArgumentNullException.ThrowIfNull(securityTokens);
        _keys = [.. securityTokens.Select(Convert.FromBase64String)];
    }

    public bool IsValid(ReadOnlySpan<byte> body, string? authorization)
    {
        if (body.IsEmpty || authorization is null || !authorization.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return false;
        }

        Span<byte> provided = stackalloc byte[64];
        if (!Convert.TryFromBase64String(authorization[Scheme.Length..].Trim(), provided, out var length) || length != MacBytes)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[MacBytes];
        var valid = false;
        foreach (var key in _keys)
        {
            HMACSHA256.HashData(key, body, expected);
            // Every key is tried, so the time taken does not tell which one came close.
            valid |= CryptographicOperations.FixedTimeEquals(expected, provided[..length]);
        }

        return valid;
    }
}
