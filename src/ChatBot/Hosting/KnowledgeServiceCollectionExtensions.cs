using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.KnowledgeFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ChatBot.Hosting;

/// <summary>Registers the knowledge file and the answer engine for a long-running host.</summary>
internal static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IKnowledgeProvider"/> as a provider that follows edits to <paramref name="path"/>, a file or a
    /// folder (keeping the last good version when an edit is broken), plus the question parser and
    /// <see cref="IAnswerEngine"/>. Resolving the provider throws <see cref="KnowledgeUnavailableException"/> when the
    /// knowledge cannot be loaded at all.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new KnowledgeReloadOptions());
        services.AddSingleton<ReloadingKnowledgeProvider>(provider => Load(
            path,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<KnowledgeReloadOptions>(),
            provider.GetRequiredService<ILogger<ReloadingKnowledgeProvider>>()));
        services.AddSingleton<IKnowledgeProvider>(provider => provider.GetRequiredService<ReloadingKnowledgeProvider>());
        services.AddSingleton<IReloadableKnowledgeProvider>(provider => provider.GetRequiredService<ReloadingKnowledgeProvider>());
        services.AddSingleton<QuestionParser>();
        services.AddSingleton<IAnswerEngine, AnswerEngine>();
        return services;
    }

    private static ReloadingKnowledgeProvider Load(string path, TimeProvider time, KnowledgeReloadOptions options, ILogger logger)
    {
        var (provider, initial) = ReloadingKnowledgeProvider.Open(path, time, options, rejection => LogRejection(logger, rejection));
        if (provider is null)
        {
            var more = initial.Errors.Count > 1 ? $" (and {initial.Errors.Count - 1} more; run 'knowledge validate' for all)" : "";
            throw new KnowledgeUnavailableException($"knowledge unusable: {initial.Errors[0]}{more}");
        }

        logger.LogInformation("Loaded {FactCount} facts from {KnowledgePath}", provider.Current.Facts.Count, path);
        provider.Changed += (_, next, files) => logger.LogInformation(
            "Knowledge reloaded: {FactCount} facts, changed files: {ChangedFiles}", next.Facts.Count, string.Join(", ", files));
        provider.StartWatching();
        return provider;
    }

    private static void LogRejection(ILogger logger, KnowledgeRejection rejection)
    {
        logger.LogWarning("A knowledge edit was not taken into force ({Outcome}, {ErrorCount} error(s)); still answering from the last good version",
            rejection.Outcome, rejection.Errors.Count);
        foreach (var error in rejection.Errors)
        {
            logger.LogWarning("Knowledge error: {KnowledgeError}", error.ToString());
        }
    }
}
