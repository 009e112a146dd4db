using System.CommandLine;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rest;
using ChatBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Cli;

/// <summary><c>register-commands [--guild ID]</c>: publishes the bot's commands to Discord, replacing the previous list.</summary>
internal static class RegisterCommandsCommand
{
    public static Command Create(CliContext context)
    {
        var guild = new Option<string?>("--guild")
        {
            Description = "Register in this server only (takes effect at once; for testing). Without it, commands are registered globally.",
        };
        var command = new Command("register-commands", "Register the slash and context-menu commands with Discord (needs DISCORD_TOKEN and DISCORD_APPLICATION_ID)") { guild };
        command.SetAction((parse, ct) =>
            RunAsync(context, new ConfigurationBuilder().AddEnvironmentVariables().Build(), parse.GetValue(guild), ct));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, IConfiguration configuration, string? guildId, CancellationToken ct)
    {
        if (guildId is not null && (guildId.Length == 0 || !guildId.All(char.IsAsciiDigit)))
        {
            context.Error.WriteLine("error: --guild must be a server id (digits only)");
            return ExitCodes.BadInput;
        }

        try
        {
            var options = DiscordPlatform.Read(configuration);
            if (string.IsNullOrEmpty(options.Token) || string.IsNullOrEmpty(options.ApplicationId))
            {
                context.Error.WriteLine($"error: register-commands needs {DiscordEnvironmentVariables.Token} and {DiscordEnvironmentVariables.ApplicationId}");
                return ExitCodes.ConfigurationError;
            }

            await using var services = new ServiceCollection().AddLogging().AddDiscord(configuration).BuildServiceProvider();
            var registrar = services.GetRequiredService<DiscordCommandRegistrar>();
            var registered = await registrar.RegisterAsync(DiscordCommandDefinitions.All, guildId, ct);
            context.Out.WriteLine(guildId is null
                ? $"Registered {registered.Count} commands globally:"
                : $"Registered {registered.Count} commands in server {guildId}:");
            foreach (var command in DiscordCommandDefinitions.All)
            {
                context.Out.WriteLine($"  {Describe(command)}");
            }

            return ExitCodes.Success;
        }
        catch (OptionsValidationException ex)
        {
            ex.Failures.ToList().ForEach(failure => context.Error.WriteLine($"error: {failure}"));
            return ExitCodes.ConfigurationError;
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or InvalidOperationException)
        {
            context.Error.WriteLine($"error: registering the commands failed: {ex.Message}");
            return ExitCodes.ConfigurationError;
        }
    }

    private static string Describe(ApplicationCommand command) => command.Type switch
    {
        ApplicationCommandType.Message => $"\"{command.Name}\" (message context menu)",
        _ => $"/{command.Name}{Options(command)}{(command.DefaultMemberPermissions is null ? "" : " (moderators)")} – {command.Description}",
    };

    private static string Options(ApplicationCommand command) =>
        string.Concat((command.Options ?? []).Select(o => o.Required == true ? $" <{o.Name}>" : $" [{o.Name}]"));
}
