using System.CommandLine;

namespace ChatBot.Cli;

/// <summary>The command line: ask, chat, knowledge; chat when run without arguments.</summary>
internal static class ChatBotCli
{
    public static RootCommand Build(CliContext context)
    {
        var knowledge = KnowledgeOption.Create();
        var root = new RootCommand("ChatBot: answers questions about AI investments with sourced figures") { knowledge };
        root.Subcommands.Add(AskCommand.Create(context, knowledge));
        root.Subcommands.Add(ChatCommand.Create(context, knowledge));
        root.Subcommands.Add(KnowledgeCommand.Create(context, knowledge));
        root.SetAction(parse => ChatCommand.Run(context, parse.GetValue(knowledge)));
        return root;
    }

    public static int Run(string[] args, CliContext context) =>
        Build(context).Parse(args).Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
}
