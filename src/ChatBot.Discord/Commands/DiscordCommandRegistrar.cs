using ChatBot.Discord.Configuration;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Publishes command definitions with Discord's bulk overwrite, which replaces the whole list so removed commands
/// disappear too. Guild registration takes effect at once and suits testing; global registration is for production.
/// </summary>
public sealed class DiscordCommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<DiscordCommandRegistrar> logger)
{
    /// <summary>Overwrites the global commands, or the commands of <paramref name="guildId"/> when given.</summary>
    public async Task<IReadOnlyList<ApplicationCommand>> RegisterAsync(
        IReadOnlyList<ApplicationCommand> commands, string? guildId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var applicationId = options.Value.ApplicationId;
        if (string.IsNullOrEmpty(applicationId))
        {
            throw new InvalidOperationException($"{DiscordEnvironmentVariables.ApplicationId} is required to register commands.");
        }

        var registered = guildId is null
            ? await rest.BulkOverwriteGlobalCommandsAsync(applicationId, commands, ct)
            : await rest.BulkOverwriteGuildCommandsAsync(applicationId, guildId, commands, ct);
        logger.LogInformation("Registered {Count} Discord commands {Scope}", registered.Count, guildId is null ? "globally" : $"in guild {guildId}");
        return registered;
    }
}
