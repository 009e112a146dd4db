using ChatBot.Teams.BotFramework;
using ChatBot.Teams.Webhook;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Teams.Configuration;

/// <summary>Maps the Teams endpoints that the configuration enables; an unconfigured one stays 404.</summary>
public static class TeamsEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<TeamsOptions>>().Value;
        if (options.HasWebhook)
        {
            endpoints.MapTeamsWebhook();
        }

        if (options.HasBotFramework)
        {
            endpoints.MapTeamsBot();
        }

        return endpoints;
    }
}
