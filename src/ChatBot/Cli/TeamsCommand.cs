using System.CommandLine;
using System.Text.RegularExpressions;
using ChatBot.Teams.Manifest;

namespace ChatBot.Cli;

/// <summary><c>teams manifest --app-id GUID --host HOST</c>: writes the Teams app package to upload ("sideload").</summary>
internal static partial class TeamsCommand
{
    public const string DefaultOutput = "chatbot-teams.zip";

    public static Command Create(CliContext context)
    {
        var command = new Command("teams", "Microsoft Teams tools");
        command.Subcommands.Add(Manifest(context));
        return command;
    }

    private static Command Manifest(CliContext context)
    {
        var appId = new Option<string>("--app-id") { Description = "The Azure Bot's Microsoft App ID (TEAMS_APP_ID)", Required = true };
        var host = new Option<string>("--host") { Description = "The public host serving /api/messages, e.g. bot.example.com", Required = true };
        var version = new Option<string>("--version") { Description = "Package version; raise it for every upload (default 1.0.0)", DefaultValueFactory = _ => "1.0.0" };
        var output = new Option<string>("--output") { Description = $"Where to write the zip (default {DefaultOutput})", DefaultValueFactory = _ => DefaultOutput };
        var command = new Command("manifest", "Write the Teams app package (manifest.json and icons) for uploading to Teams") { appId, host, version, output };
        command.SetAction(parse => Run(context, parse.GetValue(appId), parse.GetValue(host), parse.GetValue(version), parse.GetValue(output)));
        return command;
    }

    public static int Run(CliContext context, string? appId, string? host, string? version, string? output)
    {
        if (!Guid.TryParse(appId, out var id))
        {
            context.Error.WriteLine("error: --app-id must be the Microsoft App ID, a GUID");
            return ExitCodes.BadInput;
        }

        if (TeamsAppPackage.NormalizeHost(host) is not { } hostName)
        {
            context.Error.WriteLine("error: --host must be a host name such as bot.example.com (or an https URL on it)");
            return ExitCodes.BadInput;
        }

        if (version is null || !SemanticVersion().IsMatch(version))
        {
            context.Error.WriteLine("error: --version must be MAJOR.MINOR.PATCH, e.g. 1.0.1");
            return ExitCodes.BadInput;
        }

        var path = Path.GetFullPath(output ?? DefaultOutput, context.WorkingDirectory);
        try
        {
            using var file = File.Create(path);
            TeamsAppPackage.Write(new TeamsManifestRequest(id, hostName, version), file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: cannot write {path}: {ex.Message}");
            return ExitCodes.BadInput;
        }

        context.Out.WriteLine($"Wrote {path} (manifest {TeamsAppPackage.ManifestVersion}, bot {id}, host {hostName}).");
        context.Out.WriteLine("Upload it in Teams: Apps > Manage your apps > Upload an app > Upload a custom app.");
        return ExitCodes.Success;
    }

    [GeneratedRegex(@"^\d{1,9}\.\d{1,9}\.\d{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex SemanticVersion();
}
