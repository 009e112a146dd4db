using Microsoft.Extensions.Configuration;

namespace ChatBot.Teams.Configuration;

/// <summary>Maps the flat environment variables used in deployment (TEAMS_APP_ID, …) onto <see cref="TeamsOptions"/>.</summary>
public static class TeamsEnvironmentVariables
{
    public const string WebhookSecret = "TEAMS_WEBHOOK_SECRET";
    public const string AppId = "TEAMS_APP_ID";
    public const string AppPassword = "TEAMS_APP_PASSWORD";
    public const string TenantId = "TEAMS_TENANT_ID";
    public const string OpenIdMetadataUrl = "TEAMS_OPENID_METADATA_URL";
    public const string Issuers = "TEAMS_ISSUERS";
    public const string AcceptTenantIssuer = "TEAMS_ACCEPT_TENANT_ISSUER";
    public const string AllowEmulator = "TEAMS_ALLOW_EMULATOR";
    public const string AuthorityHost = "TEAMS_AUTHORITY_HOST";
    public const string TokenEndpoint = "TEAMS_TOKEN_ENDPOINT";

    public static void Apply(IConfiguration configuration, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        options.WebhookSecret = Read(configuration, WebhookSecret) ?? options.WebhookSecret;
        options.AppId = Read(configuration, AppId) ?? options.AppId;
        options.AppPassword = Read(configuration, AppPassword) ?? options.AppPassword;
        options.TenantId = Read(configuration, TenantId) ?? options.TenantId;
        options.OpenIdMetadataUrl = Read(configuration, OpenIdMetadataUrl) ?? options.OpenIdMetadataUrl;
        options.Issuers = Read(configuration, Issuers) ?? options.Issuers;
        options.AuthorityHost = Read(configuration, AuthorityHost) ?? options.AuthorityHost;
        options.TokenEndpoint = Read(configuration, TokenEndpoint) ?? options.TokenEndpoint;
        options.AcceptTenantIssuer = Flag(configuration, AcceptTenantIssuer) ?? options.AcceptTenantIssuer;
        options.AllowEmulator = Flag(configuration, AllowEmulator) ?? options.AllowEmulator;
    }

    /// <summary>The options as <c>AddTeams</c> sees them, before validation.</summary>
    public static TeamsOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new TeamsOptions();
        configuration.GetSection(TeamsOptions.SectionName).Bind(options);
        Apply(configuration, options);
        return options;
    }

    private static bool? Flag(IConfiguration configuration, string name) => Read(configuration, name) switch
    {
        null => null,
        "1" => true,
        "0" => false,
        var flag when bool.TryParse(flag, out var value) => value,
        _ => throw new InvalidOperationException($"{name} is malformed: expected true or false."),
    };

    private static string? Read(IConfiguration configuration, string name) =>
        configuration[name] is { Length: > 0 } value ? value.Trim() : null;
}
