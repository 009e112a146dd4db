using Microsoft.Extensions.Logging;

namespace ChatBot.Cli;

/// <summary>Writes warnings of CLI services to the error stream, so standard output stays the answer (and valid JSON).</summary>
internal sealed class ErrorStreamLoggerProvider(TextWriter error) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new ErrorStreamLogger(error);

    public void Dispose()
    {
    }
}
