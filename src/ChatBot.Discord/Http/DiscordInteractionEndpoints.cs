using ChatBot.Discord.Configuration;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Json;
using ChatBot.Discord.Models;
using ChatBot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Http;

/// <summary>The HTTP interactions endpoint Discord POSTs to when an Interactions Endpoint URL is configured.</summary>
public static class DiscordInteractionEndpoints
{
    public const string Route = "/discord/interactions";
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    /// <summary>Maps <c>POST /discord/interactions</c> when a public key and application id are configured.</summary>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<DiscordOptions>>().Value;
        // Created once: ILoggerFactory.CreateLogger(Type) formats the type name and takes the factory's lock on every call.
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DiscordInteractionEndpoints));
        if (!options.HasHttpInteractions)
        {
            logger.LogInformation("Discord HTTP interactions disabled: {PublicKey} or {ApplicationId} not set",
                    DiscordEnvironmentVariables.PublicKey, DiscordEnvironmentVariables.ApplicationId);
            return endpoints;
        }

        endpoints.MapPost(Route, (HttpContext context, Ed25519SignatureVerifier verifier, DiscordInteractionProcessor processor, IOptions<DiscordOptions> options, TimeProvider time) =>
            HandleInteractionAsync(context, verifier, processor, options, time, logger));
        return endpoints;
    }

    internal static async Task<Results<JsonHttpResult<InteractionResponse>, UnauthorizedHttpResult, BadRequest<string>, StatusCodeHttpResult>> HandleInteractionAsync(
        HttpContext context,
        Ed25519SignatureVerifier verifier,
        DiscordInteractionProcessor processor,
        IOptions<DiscordOptions> options,
        TimeProvider time,
        ILogger logger)
    {
        var receivedAt = time.GetTimestamp();
        byte[]? body;
        try
        {
            body = await BoundedRequestBody.ReadAsync(context.Request, options.Value.MaxInteractionBodyBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            // Broken chunk framing, a body arriving too slowly: the client's fault, and anyone can send it, so it is
            // no error of ours and must not fill the error log.
            logger.LogInformation("Rejected an interaction request whose body could not be read: {Reason}", ex.Message);
            return TypedResults.StatusCode(ex.StatusCode);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            logger.LogDebug("The client went away while sending an interaction request");
            return TypedResults.StatusCode(StatusCodes.Status400BadRequest);
        }

        if (body is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!verifier.Verify(context.Request.Headers[SignatureHeader], context.Request.Headers[TimestampHeader], body))
        {
            logger.LogDebug("Rejected an interaction request with a missing or invalid signature");
            return TypedResults.Unauthorized();
        }

        if (!InteractionParser.TryParse(body, out var interaction))
        {
            logger.LogWarning("Rejected a signed interaction request with a malformed body");
            return TypedResults.BadRequest("Malformed interaction payload.");
        }

        if (interaction.Type == InteractionType.Ping)
        {
            return Json(InteractionResponses.Pong);
        }

        var outcome = await processor.ProcessAsync(interaction, receivedAt, context.RequestAborted);
        if (outcome.IsDeferred)
        {
            // Editing @original only works once Discord has the deferral, so start after the response is written.
            context.Response.OnCompleted(() =>
            {
                processor.ContinueDeferred(interaction, outcome);
                return Task.CompletedTask;
            });
        }

        return Json(outcome.InitialResponse);
    }

    private static JsonHttpResult<InteractionResponse> Json(InteractionResponse response) =>
        TypedResults.Json(response, DiscordJsonContext.Default.InteractionResponse, "application/json");
}
