using System.CommandLine;
using ChatBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Cli;

/// <summary>
/// The command line: ask, chat, knowledge, serve, register-commands. Without arguments it serves when a Discord platform
/// is configured in the environment, and chats in the console otherwise.
/// </summary>
internal static class ChatBotCli
{
    public static RootCommand Build(CliContext context)
    {
        var knowledge = KnowledgeOption.Create();
        var root = new RootCommand("ChatBot: answers questions about AI investments with sourced figures") { knowledge };
        root.Subcommands.Add(AskCommand.Create(context, knowledge));
        root.Subcommands.Add(ChatCommand.Create(context, knowledge));
        root.Subcommands.Add(KnowledgeCommand.Create(context, knowledge));
        root.Subcommands.Add(ServeCommand.Create(context, knowledge));
        root.Subcommands.Add(RegisterCommandsCommand.Create(context));
        root.Subcommands.Add(TeamsCommand.Create(context));
        root.SetAction((parse, ct) => IsPlatformConfigured(new ConfigurationBuilder().AddEnvironmentVariables().Build())
            ? ServeCommand.RunAsync(context, parse.GetValue(knowledge), null, null, ct)
            : ChatCommand.RunAsync(context, parse.GetValue(knowledge), phrase: true, ct));
        return root;
    }

    private static bool IsPlatformConfigured(IConfiguration configuration) =>
        DiscordPlatform.IsConfigured(configuration) || TeamsPlatform.IsConfigured(configuration);

    public static int Run(string[] args, CliContext context) =>
        Build(context).Parse(args).Invoke(new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            // The web host handles Ctrl+C and SIGTERM itself and drains in-flight answers before exiting.
            ProcessTerminationTimeout = null,
        });
}
