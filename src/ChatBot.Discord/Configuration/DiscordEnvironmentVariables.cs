using Microsoft.Extensions.Configuration;

namespace ChatBot.Discord.Configuration;

/// <summary>
/// Maps the flat environment variables used in deployment (DISCORD_TOKEN, …) onto <see cref="DiscordOptions"/>.
/// A non-empty variable wins over the "Discord" section so secrets can stay out of appsettings files.
/// </summary>
public static class DiscordEnvironmentVariables
{
    public const string Token = "DISCORD_TOKEN";
    public const string PublicKey = "DISCORD_PUBLIC_KEY";
    public const string ApplicationId = "DISCORD_APPLICATION_ID";
    public const string ApiBaseUrl = "DISCORD_API_BASE_URL";
    public const string GatewayUrl = "DISCORD_GATEWAY_URL";
    public const string Intents = "DISCORD_INTENTS";
    public const string MessageContentIntent = "DISCORD_MESSAGE_CONTENT_INTENT";
    public const string ModeratorRoleIds = "DISCORD_MODERATOR_ROLE_IDS";

    /// <summary>Copies every set variable from <paramref name="configuration"/> onto <paramref name="options"/>.</summary>
    public static void Apply(IConfiguration configuration, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        options.Token = Read(configuration, Token) ?? options.Token;
        options.PublicKey = Read(configuration, PublicKey) ?? options.PublicKey;
        options.ApplicationId = Read(configuration, ApplicationId) ?? options.ApplicationId;
        options.ApiBaseUrl = Read(configuration, ApiBaseUrl) ?? options.ApiBaseUrl;
        options.GatewayUrl = Read(configuration, GatewayUrl) ?? options.GatewayUrl;
        options.Intents = Read(configuration, Intents) ?? options.Intents;
        options.ModeratorRoleIds = Read(configuration, ModeratorRoleIds) ?? options.ModeratorRoleIds;
        if (Read(configuration, MessageContentIntent) is { } flag)
        {
            options.MessageContentIntent = ParseFlag(flag);
        }
    }

    /// <summary>True when a bot token is configured under either name, deciding whether the gateway runs.</summary>
    public static bool HasToken(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Read(configuration, Token) is not null
            || !string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.Token)}"]);
    }

    private static bool ParseFlag(string flag) => flag switch
    {
        "1" => true,
        "0" => false,
        _ when bool.TryParse(flag, out var value) => value,
        _ => throw new InvalidOperationException($"{MessageContentIntent} is malformed: expected true or false."),
    };

    private static string? Read(IConfiguration configuration, string name) =>
        configuration[name] is { Length: > 0 } value ? value.Trim() : null;
}
