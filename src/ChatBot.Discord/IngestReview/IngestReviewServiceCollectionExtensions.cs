using System.Net;
using ChatBot.Ingest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Discord.IngestReview;

/// <summary>Registers /ingest, /drafts and the review buttons over the knowledge folder the host edits.</summary>
public static class IngestReviewServiceCollectionExtensions
{
    /// <summary>Adds ingest and review on <paramref name="knowledgePath"/>; approvals need the host's <c>IKnowledgeEditor</c>.</summary>
    public static IServiceCollection AddDiscordIngestReview(this IServiceCollection services, string knowledgePath)
    {
        services.AddOptions<IngestReviewOptions>().BindConfiguration(IngestReviewOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // Downloads follow no redirect (the URL reader allows same-host ones itself) and are never logged: CDN
        // addresses carry signatures.
        services.AddHttpClient(AttachmentDownloader.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All, PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .RemoveAllLoggers();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(IngestReviewPhrasebook.Default);
        services.TryAddSingleton(new KnowledgeIngestor(knowledgePath));
        services.TryAddSingleton<IFactForm, FactModalForm>();
        services.TryAddSingleton<AttachmentDownloader>();
        services.TryAddSingleton<IngestCommand>();
        services.TryAddSingleton<IngestReviewButtons>();
        services.TryAddSingleton<DraftsCommand>();
        services.TryAddSingleton<IngestReviewCommands>();
        return services;
    }
}
