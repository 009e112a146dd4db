using ChatBot.Discord.Configuration;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Hosting;

/// <summary>Whether the configuration sets up Discord (gateway, HTTP interactions or both), deciding what the bot runs.</summary>
internal static class DiscordPlatform
{
    public static readonly string NotConfigured =
        $"no Discord platform configured: set {DiscordEnvironmentVariables.Token} (gateway) or "
        + $"{DiscordEnvironmentVariables.PublicKey} and {DiscordEnvironmentVariables.ApplicationId} (HTTP interactions endpoint)";

    public static bool IsConfigured(IConfiguration configuration)
    {
        var options = Read(configuration);
        return options.HasGateway || options.HasHttpInteractions;
    }

    /// <summary>The options as <c>AddDiscord</c> would see them, before validation.</summary>
    public static DiscordOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new DiscordOptions();
        configuration.GetSection(DiscordOptions.SectionName).Bind(options);
        DiscordEnvironmentVariables.Apply(configuration, options);
        return options;
    }
}
