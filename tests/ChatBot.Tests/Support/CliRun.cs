using ChatBot.Cli;

namespace ChatBot.Tests.Support;

/// <summary>Runs the real command line in-process with captured streams.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Out, string Error) RunIn(string workingDirectory, string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(new StringReader(input), output, error, workingDirectory, TimeProvider.System);

        var exitCode = ChatBotCli.Run(args, context);

        return (exitCode, output.ToString(), error.ToString());
    }

    public static (int ExitCode, string Out, string Error) Run(params string[] args) => RunIn(RepositoryFiles.Root, string.Empty, args);
}
