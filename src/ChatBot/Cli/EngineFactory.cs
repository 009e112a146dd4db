using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Hosting;
using ChatBot.KnowledgeFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Cli;

/// <summary>
/// Builds the engine for a CLI command from the same registrations <c>serve</c> uses (<see cref="KnowledgeServiceCollectionExtensions.AddKnowledge"/>),
/// with the CLI's clock and its error stream as the log, or says in one line why it cannot.
/// </summary>
internal static class EngineFactory
{
    public static (IAnswerEngine? Engine, string? KnowledgePath, IKnowledgeProvider? Knowledge) Create(CliContext context, string? knowledgePath)
    {
        var path = KnowledgeFileLocator.Resolve(knowledgePath, context.WorkingDirectory);
        if (path is null)
        {
            context.Error.WriteLine($"error: {KnowledgeFileLocator.NotFound}");
            return (null, null, null);
        }

        // Lives as long as the command: the CLI process ends with it.
        var services = new ServiceCollection()
            .AddSingleton(context.Clock)
            .AddLogging(logging => logging.AddProvider(new CliLoggerProvider(context.Error)))
            .AddKnowledge(path)
            .BuildServiceProvider();
        try
        {
            return (services.GetRequiredService<IAnswerEngine>(), path, services.GetRequiredService<IKnowledgeProvider>());
        }
        catch (KnowledgeUnavailableException ex)
        {
            context.Error.WriteLine($"error: {ex.Message}");
            return (null, path, null);
        }
    }
}
