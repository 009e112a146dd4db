using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Hosting;
using ChatBot.KnowledgeFiles;
using ChatBot.KnowledgeFiles.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Cli;

/// <summary>
/// Builds the engine for a CLI command from the same registrations <c>serve</c> uses (<see cref="KnowledgeServiceCollectionExtensions.AddKnowledge"/>),
/// with the CLI's clock and its error stream as the log, or says in one line why it cannot.
/// </summary>
internal static class EngineFactory
{
    /// <summary>
    /// The engine over the knowledge; with <paramref name="recordHandEdits"/> (a command that keeps watching the
    /// knowledge, like chat) hand edits it picks up are recorded in the audit log as serve records them.
    /// </summary>
    public static (IAnswerEngine? Engine, string? KnowledgePath, IKnowledgeProvider? Knowledge) Create(CliContext context, string? knowledgePath, bool recordHandEdits = false)
    {
        var path = KnowledgeFileLocator.Resolve(knowledgePath, context.WorkingDirectory);
        if (path is null)
        {
            context.Error.WriteLine($"error: {KnowledgeFileLocator.NotFound}");
            return (null, null, null);
        }

        // Lives as long as the command: the CLI process ends with it.
        var registrations = new ServiceCollection()
            .AddSingleton(context.Clock)
            .AddLogging(logging => logging.AddProvider(new CliLoggerProvider(context.Error)))
            .AddKnowledge(path);
        if (recordHandEdits)
        {
            registrations.AddKnowledgeAudit(DataDirectory.Resolve(Environment.GetEnvironmentVariable(DataDirectory.EnvironmentVariable), context.WorkingDirectory));
        }

        var services = registrations.BuildServiceProvider();
        try
        {
            if (recordHandEdits)
            {
                services.GetRequiredService<HandEditAudit>().Start();
            }

            return (services.GetRequiredService<IAnswerEngine>(), path, services.GetRequiredService<IKnowledgeProvider>());
        }
        catch (KnowledgeUnavailableException ex)
        {
            context.Error.WriteLine($"error: {ex.Message}");
            return (null, path, null);
        }
    }
}
