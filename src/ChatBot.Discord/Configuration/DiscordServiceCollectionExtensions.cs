using System.Net.Http.Headers;
using System.Reflection;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Http;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Configuration;

/// <summary>Registers the Discord transports; the command router registers its handlers separately.</summary>
public static class DiscordServiceCollectionExtensions
{
    public const string UserAgentUrl = "https://github.com/chatbot-ai-investments/chatbot";

    /// <summary>
    /// Adds options (validated on start), the REST client, signature verifier, interaction processor and command
    /// registrar, and the gateway service when a bot token is configured.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordOptions.SectionName))
            .Configure(options => DiscordEnvironmentVariables.Apply(configuration, options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DiscordRateLimiter>();
        // Singletons hold the typed client, so the pooled handler (not the factory) recycles connections for DNS changes.
        services.AddHttpClient<DiscordRestClient>(ConfigureHttpClient)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers(); // Request URLs carry interaction tokens; never write them to logs.
        services.TryAddSingleton<Ed25519SignatureVerifier>();
        services.TryAddSingleton<DiscordInteractionProcessor>();
        services.TryAddSingleton<DeferredInteractions>();
        services.TryAddSingleton<DiscordGatewayEventDispatcher>();
        services.TryAddTransient<DiscordCommandRegistrar>();
        services.TryAddScoped<IDiscordInteractionHandler, UnavailableInteractionHandler>();
        services.TryAddScoped<IDiscordMessageHandler, UnavailableInteractionHandler>();
        if (DiscordEnvironmentVariables.HasToken(configuration))
        {
            services.AddHostedService<DiscordGatewayService>();
        }

        return services;
    }

    private static void ConfigureHttpClient(IServiceProvider services, HttpClient http)
    {
        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        http.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
        http.DefaultRequestHeaders.UserAgent.ParseAdd($"DiscordBot ({UserAgentUrl}, {Version})");
        if (!string.IsNullOrEmpty(options.Token))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
        }
    }

    private static string Version { get; } =
        typeof(DiscordServiceCollectionExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}
