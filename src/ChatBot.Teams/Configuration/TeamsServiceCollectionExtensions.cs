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
        services.TryAddSingleton<TeamsAnswerer>();
        services.TryAddSingleton<TeamsWebhookResponder>();
        services.TryAddSingleton(provider => new HmacSignatureVerifier(provider.GetRequiredService<IOptions<TeamsOptions>>().Value.GetWebhookSecrets()));
        return services;
    }
}
