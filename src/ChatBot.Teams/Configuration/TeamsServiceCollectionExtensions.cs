using ChatBot.Core.Answers;
using ChatBot.Core.Phrasing;
using ChatBot.Teams.BotFramework;
using ChatBot.Teams.Conversation;
using ChatBot.Teams.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Teams.Configuration;

/// <summary>Registers the Teams transports: the outgoing webhook and the Bot Framework messaging endpoint.</summary>
public static class TeamsServiceCollectionExtensions
{
    /// <summary>Adds validated options and the services behind <c>MapTeams</c>; needs an <c>IAnswerEngine</c>.</summary>
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TeamsOptions>()
            .Bind(configuration.GetSection(TeamsOptions.SectionName))
            .Configure(options => TeamsEnvironmentVariables.Apply(configuration, options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        // AddPhrasing registers the real phraser when an LLM is configured; without it answers stay templates.
        services.TryAddSingleton<IAnswerPhraser>(TemplateOnlyPhraser.Instance);
        services.TryAddSingleton(provider => new TeamsAnswerer(provider.GetRequiredService<IAnswerEngine>(), provider.GetRequiredService<IAnswerPhraser>()));
        services.TryAddSingleton<TeamsWebhookResponder>();
        services.TryAddSingleton(provider => new HmacSignatureVerifier(provider.GetRequiredService<IOptions<TeamsOptions>>().Value.GetWebhookSecrets()));
        if (TeamsEnvironmentVariables.Read(configuration).HasBotFramework)
        {
            AddBotFramework(services);
        }

        return services;
    }

    private static void AddBotFramework(IServiceCollection services)
    {
        // Metadata and JWKS downloads; the documents hold public keys only, so their URLs may be logged.
        services.AddHttpClient(nameof(BotTokenValidator));
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<MsalHttpClientFactory>();
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.AddHttpClient<BotConnectorClient>(http => http.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers(); // Requests carry the bot's bearer token; keep them out of logs.
        services.TryAddSingleton<TeamsReplyQueue>();
        services.TryAddSingleton<ActivityDeduplicator>();
        services.TryAddSingleton<TeamsBotResponder>();
        services.AddHostedService<TeamsReplyService>();
    }
}
