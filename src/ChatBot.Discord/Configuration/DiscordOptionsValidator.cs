using ChatBot.Discord.Gateway;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Configuration;

/// <summary>Checks what DataAnnotations cannot express: URLs, intents and settings that only make sense together.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (!IsAbsolute(options.ApiBaseUrl, "https", "http"))
        {
            failures.Add($"{DiscordEnvironmentVariables.ApiBaseUrl} must be an absolute http(s) URL.");
        }

        if (!string.IsNullOrEmpty(options.GatewayUrl) && !IsAbsolute(options.GatewayUrl, "wss", "ws"))
        {
            failures.Add($"{DiscordEnvironmentVariables.GatewayUrl} must be an absolute ws(s) URL.");
        }

        if (!string.IsNullOrEmpty(options.Intents) && !GatewayIntentsParser.TryParse(options.Intents, out _))
        {
            failures.Add($"{DiscordEnvironmentVariables.Intents} must be a decimal bit set or intent names such as GUILDS,GUILD_MESSAGES.");
        }

        if (!string.IsNullOrEmpty(options.PublicKey) && string.IsNullOrEmpty(options.ApplicationId))
        {
            failures.Add($"{DiscordEnvironmentVariables.ApplicationId} is required when {DiscordEnvironmentVariables.PublicKey} is set.");
        }

        if (options.GetModeratorRoleIds().Any(id => !id.All(char.IsAsciiDigit)))
        {
            failures.Add($"{DiscordEnvironmentVariables.ModeratorRoleIds} must be comma-separated role snowflakes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsAbsolute(string? url, params string[] schemes) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);
}
