using System.Text.Json;
using ChatBot.Teams.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Teams.BotFramework;

/// <summary>
/// Validates the bearer token on <c>/api/messages</c> as the Bot Framework requires: issuer, audience = the app id,
/// RS256 signature with a key from the cached OpenID metadata (refreshed when a token names an unknown key), and
/// lifetime with 5 minutes' skew. Emulator and tenant issuers are only trusted when the options enable them.
/// </summary>
public sealed class BotTokenValidator
{
    public const string ServiceUrlClaim = "serviceurl";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly IReadOnlyList<IssuerTrust> _trusts;
    private readonly string _audience;
    private readonly TimeProvider _time;

    public BotTokenValidator(IOptions<TeamsOptions> options, TimeProvider time, IHttpClientFactory httpClients)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClients);
        var settings = options.Value;
        _audience = settings.AppId ?? "";
        _time = time;
        var trusts = new List<IssuerTrust> { new(settings.GetIssuers(), Metadata(settings.OpenIdMetadataUrl, httpClients, time), IsChannel: true) };
        if (settings.AcceptTenantIssuer && settings.TenantId is { Length: > 0 } tenant)
        {
            var host = settings.AuthorityHost.TrimEnd('/');
            trusts.Add(new([$"https://sts.windows.net/{tenant}/", $"{host}/{tenant}/v2.0"],
                Metadata(settings.TenantOpenIdMetadataUrl ?? $"{host}/{tenant}/v2.0/.well-known/openid-configuration", httpClients, time), IsChannel: false));
        }

        if (settings.AllowEmulator)
        {
            trusts.Add(new(EmulatorIssuers, Metadata(settings.EmulatorOpenIdMetadataUrl, httpClients, time), IsChannel: false));
        }

        _trusts = trusts;
    }

    public async Task<BotAuthentication> ValidateAsync(string? authorization, CancellationToken ct)
    {
        const string Bearer = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthentication.Refused("no bearer token");
        }

        var token = authorization[Bearer.Length..].Trim();
        if (!_handler.CanReadToken(token))
        {
            return BotAuthentication.Refused("the bearer token is not a JWT");
        }

        // The issuer picks the metadata to check the signature with; it is then validated like every other claim.
        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException)
        {
            return BotAuthentication.Refused("the bearer token is not a JWT");
        }

        var trust = _trusts.FirstOrDefault(t => t.Issuers.Contains(unvalidated.Issuer, StringComparer.Ordinal));
        if (trust is null)
        {
            return BotAuthentication.Refused("the token's issuer is not accepted");
        }

        var configuration = await trust.Metadata.GetAsync(ct);
        var result = await _handler.ValidateTokenAsync(token, Parameters(trust, configuration));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException && await trust.Metadata.RefreshAsync(ct) is { } refreshed)
        {
            // Keys rotate: with the fresh metadata the token gets one more try.
            configuration = refreshed;
            result = await _handler.ValidateTokenAsync(token, Parameters(trust, configuration));
        }

        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return BotAuthentication.Refused($"the token is invalid ({result.Exception?.GetType().Name ?? "unknown reason"})");
        }

        var serviceUrl = jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var claim) ? claim : null;
        var endorsements = trust.IsChannel ? Endorsements(configuration, jwt.Kid) : null;
        return new BotAuthentication(new BotCaller(serviceUrl, endorsements, trust.IsChannel), null);
    }

    private TokenValidationParameters Parameters(IssuerTrust trust, OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuers = trust.Issuers,
        ValidAudience = _audience,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        IssuerSigningKeys = configuration.SigningKeys,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = Lifetime,
    };

    // The clock comes from TimeProvider so the 5-minute skew is tested exactly, not with sleeps.
    private bool Lifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp + ClockSkew && (notBefore is not { } nbf || now >= nbf - ClockSkew);
    }

    private static List<string> Endorsements(OpenIdConnectConfiguration configuration, string kid)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            IEnumerable<object> items => [.. items.Select(i => i.ToString() ?? "")],
            _ => [],
        };
    }

    private static OpenIdMetadataSource Metadata(string url, IHttpClientFactory httpClients, TimeProvider time) =>
        new(url, httpClients.CreateClient(nameof(BotTokenValidator)), time);
}
