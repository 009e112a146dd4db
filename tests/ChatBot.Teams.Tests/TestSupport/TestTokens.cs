using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Teams.Tests.TestSupport;

/// <summary>Bot Framework channel tokens as Teams sends them, with every part a test may want to get wrong.</summary>
internal static class TestTokens
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string Issuer = "https://api.botframework.com";

    public static string Create(
        TestSigningKey key,
        string serviceUrl,
        DateTimeOffset now,
        string? audience = AppId,
        string issuer = Issuer,
        TimeSpan? expiresIn = null,
        TimeSpan? notBeforeIn = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var notBefore = now + (notBeforeIn ?? TimeSpan.FromMinutes(-5));
        var expires = now + (expiresIn ?? TimeSpan.FromHours(1));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = key.Credentials(algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid claims.</summary>
    public static string Unsigned(string serviceUrl, DateTimeOffset now)
    {
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));
        var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(
            $$"""{"iss":"{{Issuer}}","aud":"{{AppId}}","nbf":{{now.AddMinutes(-5).ToUnixTimeSeconds()}},"exp":{{now.AddHours(1).ToUnixTimeSeconds()}},"serviceurl":"{{serviceUrl}}"}"""));
        return $"{header}.{payload}.";
    }

    /// <summary>The token with its signature replaced by another token's.</summary>
    public static string WithForeignSignature(string token, string other) =>
        string.Concat(token.AsSpan(0, token.LastIndexOf('.')), other.AsSpan(other.LastIndexOf('.')));
}
