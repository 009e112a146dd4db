using System.CommandLine;
using ChatBot.Core.Knowledge;
using ChatBot.Hosting;
using ChatBot.KnowledgeFiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Cli;

/// <summary><c>serve [--urls URLS]</c>: runs the bot on Discord (gateway and/or HTTP interactions) until stopped.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context, Option<string?> knowledge)
    {
        var urls = new Option<string?>("--urls")
        {
            Description = $"Where the HTTP server listens, e.g. http://0.0.0.0:8080 (default: ASPNETCORE_URLS, else {ServeHost.DefaultUrl})",
        };
        var command = new Command("serve", "Run the bot on Discord (the gateway when DISCORD_TOKEN is set, the HTTP interactions endpoint when DISCORD_PUBLIC_KEY is) and/or Teams (TEAMS_WEBHOOK_SECRET, TEAMS_APP_ID)") { urls };
        command.SetAction((parse, ct) => RunAsync(context, parse.GetValue(knowledge), parse.GetValue(urls), null, ct));
        return command;
    }

    /// <summary>Runs until Ctrl+C or SIGTERM; <paramref name="settings"/> wins over the environment (tests pass their own).</summary>
    public static async Task<int> RunAsync(
        CliContext context, string? knowledgePath, string? urls, IDictionary<string, string?>? settings, CancellationToken ct)
    {
        var path = KnowledgeFileLocator.Resolve(knowledgePath, context.WorkingDirectory);
        if (path is null)
        {
            context.Error.WriteLine($"error: {KnowledgeFileLocator.NotFound}");
            return ExitCodes.KnowledgeUnavailable;
        }

        WebApplication? app = null;
        try
        {
            var builder = ServeHost.CreateBuilder(path, urls, settings);
            if (!DiscordPlatform.IsConfigured(builder.Configuration) && !TeamsPlatform.IsConfigured(builder.Configuration))
            {
                context.Error.WriteLine($"error: {DiscordPlatform.NotConfigured}; or for Teams, {TeamsPlatform.NotConfigured}");
                return ExitCodes.ConfigurationError;
            }

            app = ServeHost.Build(builder);
            _ = app.Services.GetRequiredService<IKnowledgeProvider>();
            await app.StartAsync(ct);
        }
        catch (KnowledgeUnavailableException ex)
        {
            context.Error.WriteLine($"error: {ex.Message}");
            return await StopAsync(app, ExitCodes.KnowledgeUnavailable);
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                context.Error.WriteLine($"error: {failure}");
            }

            return await StopAsync(app, ExitCodes.ConfigurationError);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            // Malformed flags and unusable listen addresses; the messages name the setting, never a secret's value.
            context.Error.WriteLine($"error: {ex.Message}");
            return await StopAsync(app, ExitCodes.ConfigurationError);
        }

        await app.WaitForShutdownAsync(ct);
        return await StopAsync(app, ExitCodes.Success);
    }

    private static async Task<int> StopAsync(WebApplication? app, int exitCode)
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        return exitCode;
    }
}
