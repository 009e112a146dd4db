using System.Text;
using ChatBot.Cli;

Console.OutputEncoding = Encoding.UTF8;
Console.InputEncoding = Encoding.UTF8;
return ChatBotCli.Run(args, CliContext.FromConsole());
