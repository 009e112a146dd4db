using System.ComponentModel.DataAnnotations;

namespace ChatBot.Teams.Configuration;

/// <summary>
/// Teams settings from the "Teams" section; the flat environment variables in <see cref="TeamsEnvironmentVariables"/>
/// override it. Defaults are Microsoft's documented endpoints; tests point them at loopback. Errors name the variable, never the value.
/// </summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultAuthorityHost = "https://login.microsoftonline.com";
    public const string DefaultEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";
    public const string MultiTenantAuthority = "botframework.com";

    /// <summary>Comma-separated base64 security tokens of outgoing webhooks (one per team); enables <c>/teams/webhook</c>.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The Azure Bot's Microsoft App ID: the JWT audience and the MSAL client id; enables <c>/api/messages</c>.</summary>
    public string? AppId { get; set; }

    public string? AppPassword { get; set; }

    /// <summary>Set for a single-tenant bot: outgoing tokens come from this tenant instead of botframework.com.</summary>
    public string? TenantId { get; set; }

    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Comma-separated issuers accepted with keys from <see cref="OpenIdMetadataUrl"/>.</summary>
    public string Issuers { get; set; } = BotFrameworkIssuer;

    /// <summary>
    /// Also accept Entra-issued tokens from <see cref="TenantId"/>'s own issuers (keys from its v2.0 metadata). Off by
    /// default: Microsoft does not document Teams sending such tokens yet.
    /// </summary>
    public bool AcceptTenantIssuer { get; set; }

    /// <summary>Where the tenant's signing keys are; empty means <c>{AuthorityHost}/{TenantId}/v2.0/.well-known/openid-configuration</c>.</summary>
    public string? TenantOpenIdMetadataUrl { get; set; }

    /// <summary>Accept Bot Framework Emulator tokens; only for local development.</summary>
    public bool AllowEmulator { get; set; }

    public string EmulatorOpenIdMetadataUrl { get; set; } = DefaultEmulatorOpenIdMetadataUrl;

    /// <summary>Where MSAL's authority lives; the authority is this plus the tenant (or botframework.com).</summary>
    public string AuthorityHost { get; set; } = DefaultAuthorityHost;

    /// <summary>
    /// The token endpoint MSAL's requests are sent to; empty means the authority's own
    /// (<c>{AuthorityHost}/{tenant}/oauth2/v2.0/token</c>). MSAL refuses http authorities, so a different endpoint is
    /// reached by routing MSAL's HTTP requests, not by changing the authority.
    /// </summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>Accept an http:// serviceUrl on a loopback host (local fakes); real Teams serviceUrls are https.</summary>
    public bool AllowLoopbackServiceUrl { get; set; }

    /// <summary>Time the webhook gives the engine; Teams closes the connection after 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:04.800")]
    public TimeSpan WebhookResponseBudget { get; set; } = TimeSpan.FromSeconds(4);

    [Range(1024, 4 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Retries of a reply after 429, 412 or 502–504 before giving up.</summary>
    [Range(0, 10)]
    public int MaxSendRetries { get; set; } = 4;

    public bool HasWebhook => !string.IsNullOrWhiteSpace(WebhookSecret);

    public bool HasBotFramework => !string.IsNullOrWhiteSpace(AppId);

    public IReadOnlyList<string> GetWebhookSecrets() => Split(WebhookSecret);

    public IReadOnlyList<string> GetIssuers() => Split(Issuers);

    /// <summary>The MSAL authority: the tenant for single-tenant bots, botframework.com otherwise.</summary>
    public string GetAuthority() => $"{AuthorityHost.TrimEnd('/')}/{(string.IsNullOrWhiteSpace(TenantId) ? MultiTenantAuthority : TenantId)}";

    private static string[] Split(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
