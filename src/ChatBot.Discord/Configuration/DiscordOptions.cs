using System.ComponentModel.DataAnnotations;
using ChatBot.Discord.Gateway;

namespace ChatBot.Discord.Configuration;

/// <summary>
/// Discord settings from the "Discord" section; the flat environment variables listed in
/// <see cref="DiscordEnvironmentVariables"/> override it. Error messages name the variable, never the value.
/// </summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    [RegularExpression(@"^[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+$",
        ErrorMessage = DiscordEnvironmentVariables.Token + " is malformed: expected the bare bot token (three dot-separated parts, no \"Bot \" prefix).")]
    public string? Token { get; set; }

    [RegularExpression("^[0-9a-fA-F]{64}$",
        ErrorMessage = DiscordEnvironmentVariables.PublicKey + " is malformed: expected 64 hexadecimal characters.")]
    public string? PublicKey { get; set; }

    [RegularExpression("^[0-9]{1,20}$",
        ErrorMessage = DiscordEnvironmentVariables.ApplicationId + " is malformed: expected a snowflake (digits only).")]
    public string? ApplicationId { get; set; }

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Fixed gateway URL; when empty the URL comes from <c>GET /gateway/bot</c>.</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>A decimal bit set or intent names; empty means <see cref="GatewayIntents.Default"/>.</summary>
    public string? Intents { get; set; }

    /// <summary>Adds the privileged MESSAGE_CONTENT intent; it must also be enabled in the Developer Portal.</summary>
    public bool MessageContentIntent { get; set; }

    /// <summary>Comma-separated role snowflakes whose members may use moderator commands.</summary>
    public string? ModeratorRoleIds { get; set; }

    /// <summary>How long an interaction may take before the transport defers; Discord's hard limit is 3 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:02.900")]
    public TimeSpan InteractionResponseDeadline { get; set; } = TimeSpan.FromSeconds(2.5);

    [Range(1024, 1024 * 1024)]
    public int MaxInteractionBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// How many rendered free-text answers to keep per knowledge snapshot (least recently used are dropped first);
    /// 0 turns the cache off.
    /// </summary>
    [Range(0, 1_000_000)]
    public int AnswerCacheEntries { get; set; } = 1000;

    public bool HasHttpInteractions => !string.IsNullOrEmpty(PublicKey) && !string.IsNullOrEmpty(ApplicationId);

    public bool HasGateway => !string.IsNullOrEmpty(Token);

    public IReadOnlyList<string> GetModeratorRoleIds() =>
        (ModeratorRoleIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The configured intents plus MESSAGE_CONTENT when enabled; call only on validated options.</summary>
    public GatewayIntents GetEffectiveIntents()
    {
        var intents = GatewayIntentsParser.TryParse(Intents, out var parsed) ? parsed : GatewayIntents.Default;
        return MessageContentIntent ? intents | GatewayIntents.MessageContent : intents;
    }
}
