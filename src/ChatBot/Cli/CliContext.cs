namespace ChatBot.Cli;

/// <summary>The streams and environment a CLI run uses; tests pass their own to run commands in-process.</summary>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, string WorkingDirectory, TimeProvider Clock)
{
    public static CliContext FromConsole() =>
        new(Console.In, Console.Out, Console.Error, Environment.CurrentDirectory, TimeProvider.System);
}
