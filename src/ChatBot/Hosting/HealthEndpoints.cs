using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.Discord.Configuration;
using ChatBot.Teams.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

/// <summary><c>GET /healthz</c> for load balancers, container probes and tunnels.</summary>
internal static class HealthEndpoints
{
    public const string Route = "/healthz";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, GetHealth);
        return endpoints;
    }

    internal static JsonHttpResult<HealthStatus> GetHealth(
        IKnowledgeProvider knowledge, IOptions<DiscordOptions> discord, IOptions<TeamsOptions> teams, PhrasingStats phrasing, IAnswerPhraser phraser)
    {
        var kb = knowledge.Current;
        var status = new HealthStatus("ok", kb.Facts.Count, kb.Sources.Count, kb.Subjects.Count, discord.Value.HasGateway, discord.Value.HasHttpInteractions)
        {
            Teams = new TeamsHealth(teams.Value.HasWebhook, teams.Value.HasBotFramework),
            Phrasing = PhrasingHealth.Of(PhrasingStatistics.Of(phrasing, phraser is not TemplateOnlyPhraser)),
        };
        return TypedResults.Json(status, HostingJsonContext.Default.HealthStatus);
    }
}
