using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;
using ChatBot.Core.Understanding;
using ChatBot.KnowledgeFiles;

namespace ChatBot.Cli;

/// <summary>Loads the knowledge for a CLI command and builds the engine, or says in one line why it cannot.</summary>
internal static class EngineFactory
{
    /// <summary>The engine, the knowledge path, and what to dispose when the command ends (a reloading provider's watcher).</summary>
    public static (IAnswerEngine? Engine, string? KnowledgePath, IDisposable? Lifetime) Create(CliContext context, string? knowledgePath, bool reloading = false)
    {
        var path = KnowledgeFileLocator.Resolve(knowledgePath, context.WorkingDirectory);
        if (path is null)
        {
            return (Report(context, KnowledgeFile.LoadFrom(null, context.WorkingDirectory)), null, null);
        }

        if (!reloading)
        {
            var result = KnowledgeFile.Load(path);
            return (result.Succeeded ? new AnswerEngine(new KnowledgeStore(result.Knowledge!), new QuestionParser(context.Clock)) : Report(context, result), path, null);
        }

        var (provider, initial) = ReloadingKnowledgeProvider.Open(path, context.Clock, new KnowledgeReloadOptions(), rejection => ReportRejected(context, rejection));
        if (provider is null)
        {
            return (Report(context, initial), path, null);
        }

        provider.StartWatching();
        return (new AnswerEngine(provider, new QuestionParser(context.Clock)), path, provider);
    }

    private static IAnswerEngine? Report(CliContext context, KnowledgeLoadResult result)
    {
        var first = result.Errors[0];
        var more = result.Errors.Count > 1 ? $" (and {result.Errors.Count - 1} more; run 'knowledge validate' for all)" : string.Empty;
        context.Error.WriteLine($"error: knowledge unusable: {first}{more}");
        return null;
    }

    private static void ReportRejected(CliContext context, KnowledgeRejection rejection)
    {
        context.Error.WriteLine($"warning: the edited knowledge has {rejection.Errors.Count} error(s); still answering from the last good version:");
        foreach (var error in rejection.Errors)
        {
            context.Error.WriteLine($"  {error}");
        }
    }
}
