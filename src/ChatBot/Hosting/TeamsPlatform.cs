using ChatBot.Teams.Configuration;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Hosting;

/// <summary>Whether the configuration sets up Teams (outgoing webhook, Bot Framework endpoint or both).</summary>
internal static class TeamsPlatform
{
    public static readonly string NotConfigured =
        $"set {TeamsEnvironmentVariables.WebhookSecret} (outgoing webhook) or "
        + $"{TeamsEnvironmentVariables.AppId} and {TeamsEnvironmentVariables.AppPassword} (Bot Framework endpoint)";

    public static bool IsConfigured(IConfiguration configuration)
    {
        try
        {
            var options = TeamsEnvironmentVariables.Read(configuration);
            return options.HasWebhook || options.HasBotFramework;
        }
        catch (InvalidOperationException)
        {
            // A malformed Teams flag means Teams was meant to run; serve reports the variable when it starts.
            return true;
        }
    }
}
