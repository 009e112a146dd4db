using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Http;
using ChatBot.Teams.Activities;
using ChatBot.Teams.Configuration;
using ChatBot.Teams.Conversation;
using ChatBot.Teams.Json;
using ChatBot.Teams.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Teams.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework messaging endpoint. The bearer token is validated before the body is
/// read; the activity is then bound to it (serviceurl claim, endorsement), acknowledged at once and answered in the
/// background through the Bot Connector.
/// </summary>
public static class BotMessagesEndpoints
{
    public const string Route = "/api/messages";

    public static IEndpointRouteBuilder MapTeamsBot(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(Route, HandleAsync);
        return endpoints;
    }

    internal static async Task<IResult> HandleAsync(
        HttpContext context,
        BotTokenValidator validator,
        TeamsReplyQueue queue,
        ActivityDeduplicator deduplicator,
        IOptions<TeamsOptions> options,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(BotMessagesEndpoints));
        var ct = context.RequestAborted;
        var authentication = await validator.ValidateAsync(context.Request.Headers.Authorization.ToString(), ct);
        if (authentication.Caller is not { } caller)
        {
            logger.LogWarning("Refused a Bot Framework request: {Reason}", authentication.Failure);
            return TypedResults.Unauthorized();
        }

        var body = await BoundedRequestBody.ReadAsync(context.Request, options.Value.MaxBodyBytes, ct);
        if (body is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
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

        if ((caller.Refuse(activity) ?? ServiceUrlProblem(activity, options.Value)) is { } refusal)
        {
            logger.LogWarning("Refused a Bot Framework request: {Reason}", refusal);
            return TypedResults.Unauthorized();
        }

        if (Job(activity) is not { } job)
        {
            return TypedResults.Ok();
        }

        if (!deduplicator.IsFirst(activity))
        {
            return TypedResults.Ok();
        }

        if (!queue.TryEnqueue(job))
        {
            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return activity.Type == ActivityTypes.Invoke ? InvokeAccepted(activity) : TypedResults.Ok();
    }

    /// <summary>The work an activity asks for; null for everything the bot acknowledges and ignores.</summary>
    internal static TeamsReplyJob? Job(Activity activity)
    {
        if (activity.Conversation?.Id is not { Length: > 0 })
        {
            return null;
        }

        return activity.Type switch
        {
            // A card's Action.Submit arrives as a message with the data in value and no text.
            ActivityTypes.Message when QuotesRequest(activity.Value) is { } facts => new TeamsReplyJob(activity, TeamsReplyKind.Quotes, facts),
            ActivityTypes.Message => new TeamsReplyJob(activity, TeamsReplyKind.Answer),
            ActivityTypes.ConversationUpdate when BotWasAdded(activity) => new TeamsReplyJob(activity, TeamsReplyKind.Welcome),
            ActivityTypes.Invoke when QuotesRequest(activity.Value) is { } facts => new TeamsReplyJob(activity, TeamsReplyKind.Quotes, facts),
            _ => null,
        };
    }

    private static bool BotWasAdded(Activity activity) =>
        activity.Recipient?.Id is { Length: > 0 } bot && (activity.MembersAdded ?? []).Any(m => m.Id == bot);

    /// <summary>
    /// The fact ids of a quotes request: the card's invoke data <c>{"action":"sources","facts":[…]}</c>, or the same
    /// data wrapped as an Action.Execute (<c>{"action":{"verb":"sources","data":{"facts":[…]}}}</c>).
    /// </summary>
    internal static IReadOnlyList<string>? QuotesRequest(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data || !data.TryGetProperty("action", out var action))
        {
            return null;
        }

        if (action.ValueKind == JsonValueKind.Object)
        {
            if (!action.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String || verb.GetString() != AdaptiveCardRenderer.QuotesVerb
                || !action.TryGetProperty("data", out data) || data.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
        }
        else if (action.ValueKind != JsonValueKind.String || action.GetString() != AdaptiveCardRenderer.QuotesVerb)
        {
            return null;
        }

        return data.TryGetProperty("facts", out var facts) && facts.ValueKind == JsonValueKind.Array
            ? [.. facts.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.String).Select(f => f.GetString()!).Take(100)]
            : null;
    }

    // The token is only ever sent to an https serviceUrl (http only to a loopback fake when the options allow it).
    private static string? ServiceUrlProblem(Activity activity, TeamsOptions options) =>
        Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (options.AllowLoopbackServiceUrl && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            ? null
            : "the activity's serviceUrl is not an https URL";

    // Invokes expect a body; this one says the quotes are on their way as a message.
    private static IResult InvokeAccepted(Activity activity)
    {
        var language = TeamsLanguage.Of(activity) ?? Core.Knowledge.Language.English;
        var response = new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = "application/vnd.microsoft.activity.message",
            ["value"] = TeamsPhrases.For(language).Answers.QuotesTitle,
        };
        return TypedResults.Text(response.ToJsonString(), "application/json; charset=utf-8");
    }
}
