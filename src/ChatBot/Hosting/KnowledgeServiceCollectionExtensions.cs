using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.KnowledgeFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ChatBot.Hosting;

/// <summary>Registers the knowledge file and the answer engine: the one composition of the engine, for serve and the CLI alike.</summary>
internal static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IKnowledgeProvider"/> as a provider that picks up edits to <paramref name="path"/> (keeping the last
    /// good version when an edit is broken), plus the question parser and <see cref="IAnswerEngine"/>. Resolving the
    /// provider throws <see cref="KnowledgeUnavailableException"/> when the file cannot be loaded at all.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReloadingKnowledgeProvider>(provider => Load(path, provider.GetRequiredService<ILogger<ReloadingKnowledgeProvider>>()));
        services.AddSingleton<IKnowledgeProvider>(provider => provider.GetRequiredService<ReloadingKnowledgeProvider>());
        services.AddSingleton<QuestionParser>();
        services.AddSingleton<IAnswerEngine, AnswerEngine>();
        return services;
    }

    private static ReloadingKnowledgeProvider Load(string path, ILogger logger)
    {
        var result = KnowledgeFile.Load(path);
        if (!result.Succeeded)
        {
            var more = result.Errors.Count > 1 ? $" (and {result.Errors.Count - 1} more; run 'knowledge validate' for all)" : "";
            throw new KnowledgeUnavailableException($"knowledge file unusable: {result.Errors[0]}{more}");
        }

        logger.LogInformation("Loaded {FactCount} facts from {KnowledgePath}", result.Knowledge!.Facts.Count, path);
        return new ReloadingKnowledgeProvider(path, result.Knowledge, errors =>
        {
            logger.LogWarning("The edited knowledge file has {ErrorCount} error(s); still answering from the last good version", errors.Count);
            foreach (var error in errors)
            {
                logger.LogWarning("Knowledge error: {KnowledgeError}", error.ToString());
            }
        });
    }
}
