using ChatBot.Cli;

namespace ChatBot.Tests.Support;

/// <summary>A CLI context with captured output, run in the repository root.</summary>
internal sealed class TestConsole
{
    public StringWriter Out { get; } = new();
    public StringWriter Error { get; } = new();

    public CliContext Context => new(new StringReader(""), Out, Error, RepositoryFiles.Root, TimeProvider.System);
}
