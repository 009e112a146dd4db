using Microsoft.Extensions.Options;
using static ChatBot.Teams.Configuration.TeamsEnvironmentVariables;

namespace ChatBot.Teams.Configuration;

/// <summary>Checks what DataAnnotations cannot: secrets' shape, URLs, and settings that only make sense together.</summary>
internal sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var failures = new List<string>();
        if (options.GetWebhookSecrets().Any(secret => !IsBase64(secret)))
        {
            failures.Add($"{WebhookSecret} is malformed: expected the base64 security token Teams shows when the outgoing webhook is created (comma-separated for several).");
        }

        if (!string.IsNullOrEmpty(options.AppId) && !Guid.TryParse(options.AppId, out _))
        {
            failures.Add($"{AppId} is malformed: expected the Microsoft App ID (a GUID).");
        }

        if (options.HasBotFramework && string.IsNullOrEmpty(options.AppPassword))
        {
            failures.Add($"{AppPassword} is required when {AppId} is set.");
        }

        if (!string.IsNullOrEmpty(options.AppPassword) && !options.HasBotFramework)
        {
            failures.Add($"{AppId} is required when {AppPassword} is set.");
        }

        if (!string.IsNullOrEmpty(options.TenantId) && !Guid.TryParse(options.TenantId, out _))
        {
            failures.Add($"{TenantId} is malformed: expected the directory (tenant) ID, a GUID.");
        }

        if (options.AcceptTenantIssuer && string.IsNullOrEmpty(options.TenantId))
        {
            failures.Add($"{TenantId} is required when {AcceptTenantIssuer} is set.");
        }

        Url(failures, options.OpenIdMetadataUrl, OpenIdMetadataUrl);
        Url(failures, options.AuthorityHost, AuthorityHost, httpsOnly: true);
        if (!string.IsNullOrEmpty(options.TokenEndpoint))
        {
            Url(failures, options.TokenEndpoint, TokenEndpoint);
        }

        if (options.AllowEmulator)
        {
            Url(failures, options.EmulatorOpenIdMetadataUrl, $"{TeamsOptions.SectionName}:{nameof(TeamsOptions.EmulatorOpenIdMetadataUrl)}");
        }

        if (!string.IsNullOrEmpty(options.TenantOpenIdMetadataUrl))
        {
            Url(failures, options.TenantOpenIdMetadataUrl, $"{TeamsOptions.SectionName}:{nameof(TeamsOptions.TenantOpenIdMetadataUrl)}");
        }

        if (options.GetIssuers().Count == 0)
        {
            failures.Add($"{Issuers} must name at least one issuer.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>https, or http on a loopback host (local fakes).</summary>
    internal static bool IsAcceptableUrl(string? url, bool httpsOnly = false) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (!httpsOnly && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    private static void Url(List<string> failures, string? url, string variable, bool httpsOnly = false)
    {
        if (!IsAcceptableUrl(url, httpsOnly))
        {
            failures.Add(httpsOnly
                ? $"{variable} must be an absolute https URL."
                : $"{variable} must be an absolute https URL (http only on a loopback host).");
        }
    }

    private static bool IsBase64(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var length) && length > 0;
    }
}
