using System.Text;
using ChatBot.Cli;
using ChatBot.Configuration;

Console.OutputEncoding = Encoding.UTF8;
Console.InputEncoding = Encoding.UTF8;
DotEnvFile.Load(Path.Combine(Environment.CurrentDirectory, ".env"));
return ChatBotCli.Run(args, CliContext.FromConsole());
