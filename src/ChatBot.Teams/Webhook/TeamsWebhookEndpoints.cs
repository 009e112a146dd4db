using System.Text.Json;
using ChatBot.Http;
using ChatBot.Teams.Activities;
using ChatBot.Teams.Configuration;
using ChatBot.Teams.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Teams.Webhook;

/// <summary>
/// <c>POST /teams/webhook</c>: a Teams outgoing webhook. The HMAC is checked over the raw bytes before anything is
/// parsed; the answer goes back in the response body within Teams' five seconds.
/// </summary>
public static class TeamsWebhookEndpoints
{
    public const string Route = "/teams/webhook";

    public static IEndpointRouteBuilder MapTeamsWebhook(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(Route, HandleAsync);
        return endpoints;
    }

    internal static async Task<IResult> HandleAsync(
        HttpContext context,
        HmacSignatureVerifier verifier,
        TeamsWebhookResponder responder,
        IOptions<TeamsOptions> options,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        var settings = options.Value;
        var started = time.GetTimestamp();
        var ct = context.RequestAborted;
        var body = await BoundedRequestBody.ReadAsync(context.Request, settings.MaxBodyBytes, ct);
        if (body is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!verifier.IsValid(body, context.Request.Headers.Authorization.ToString()))
        {
            return TypedResults.Unauthorized();
        }

        Activity activity;
        try
        {
            activity = TeamsJson.Deserialize(body);
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest();
        }

        Activity reply;
        try
        {
            // The engine is synchronous; running it off the request thread lets the budget cut it short. The budget counts
            // from the request's arrival, so reading and checking the body leave phrasing less time, not Teams.
            // A body that took the whole budget to arrive leaves zero, never a negative timeout.
            var left = TimeSpan.FromTicks(Math.Max(0, (settings.WebhookResponseBudget - time.GetElapsedTime(started)).Ticks));
            reply = await Task.Run(() => responder.ReplyAsync(activity, left, ct), ct).WaitAsync(left, time, ct);
        }
        catch (TimeoutException)
        {
            loggers.CreateLogger(typeof(TeamsWebhookEndpoints)).LogWarning(
                "A Teams webhook answer took longer than {Budget}; replied that it was too slow", settings.WebhookResponseBudget);
            reply = TeamsWebhookResponder.TooSlow(activity);
        }

        return TypedResults.Bytes(TeamsJson.SerializeToUtf8(reply), "application/json; charset=utf-8");
    }
}
