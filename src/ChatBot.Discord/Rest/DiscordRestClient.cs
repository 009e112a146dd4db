using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChatBot.Discord.Json;
using ChatBot.Discord.Models;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Rest;

/// <summary>
/// Typed HttpClient for the Discord REST endpoints the bot uses. Base address, User-Agent and the bot token are set
/// when the client is registered; this class adds rate limiting and bounded retries.
/// </summary>
public sealed class DiscordRestClient(HttpClient http, DiscordRateLimiter limiter, TimeProvider time, ILogger<DiscordRestClient> logger)
{
    private const int MaxRateLimitRetries = 5;
    private const int MaxServerErrorRetries = 3;
    private static readonly TimeSpan ServerErrorBackoff = TimeSpan.FromMilliseconds(500);
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary><c>POST /interactions/{id}/{token}/callback</c>: the initial response to a gateway interaction.</summary>
    public Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken ct)
    {
        var route = new DiscordRoute(
            HttpMethod.Post, "interactions/{interaction_id}/{token}/callback", $"interactions/{Escape(interactionId)}/{Escape(token)}/callback",
            $"{interactionId}/{token}", ExemptFromGlobalLimit: true);
        return SendAsync<InteractionResponse, JsonElement>(route, response, DiscordJsonContext.Default.InteractionResponse, null, ct);
    }

    /// <summary><c>PATCH /webhooks/{application}/{token}/messages/@original</c>: edits the initial (possibly deferred) response.</summary>
    public Task<Message?> EditOriginalResponseAsync(string applicationId, string token, InteractionCallbackData data, CancellationToken ct)
    {
        var route = new DiscordRoute(
            HttpMethod.Patch, "webhooks/{application_id}/{token}/messages/@original",
            $"webhooks/{Escape(applicationId)}/{Escape(token)}/messages/@original", $"{applicationId}/{token}", ExemptFromGlobalLimit: true);
        return SendAsync(route, data, DiscordJsonContext.Default.InteractionCallbackData, DiscordJsonContext.Default.Message, ct);
    }

    /// <summary><c>POST /webhooks/{application}/{token}</c>: a follow-up message.</summary>
    public Task<Message?> CreateFollowupMessageAsync(string applicationId, string token, InteractionCallbackData data, CancellationToken ct)
    {
        var route = new DiscordRoute(
            HttpMethod.Post, "webhooks/{application_id}/{token}", $"webhooks/{Escape(applicationId)}/{Escape(token)}?wait=true",
            $"{applicationId}/{token}", ExemptFromGlobalLimit: true);
        return SendAsync(route, data, DiscordJsonContext.Default.InteractionCallbackData, DiscordJsonContext.Default.Message, ct);
    }

    /// <summary><c>POST /channels/{channel}/messages</c>.</summary>
    public Task<Message?> CreateMessageAsync(string channelId, CreateMessageRequest request, CancellationToken ct)
    {
        var route = new DiscordRoute(HttpMethod.Post, "channels/{channel_id}/messages", $"channels/{Escape(channelId)}/messages", channelId);
        return SendAsync(route, request, DiscordJsonContext.Default.CreateMessageRequest, DiscordJsonContext.Default.Message, ct);
    }

    /// <summary><c>PUT /applications/{application}/commands</c>: replaces every global command.</summary>
    public async Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(
        string applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct)
    {
        var route = new DiscordRoute(
            HttpMethod.Put, "applications/{application_id}/commands", $"applications/{Escape(applicationId)}/commands", applicationId);
        var type = DiscordJsonContext.Default.IReadOnlyListApplicationCommand;
        return await SendAsync(route, commands, type, type, ct) ?? [];
    }

    /// <summary><c>PUT /applications/{application}/guilds/{guild}/commands</c>: replaces a guild's commands (effective at once).</summary>
    public async Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(
        string applicationId, string guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct)
    {
        var route = new DiscordRoute(
            HttpMethod.Put, "applications/{application_id}/guilds/{guild_id}/commands",
            $"applications/{Escape(applicationId)}/guilds/{Escape(guildId)}/commands", guildId);
        var type = DiscordJsonContext.Default.IReadOnlyListApplicationCommand;
        return await SendAsync(route, commands, type, type, ct) ?? [];
    }

    /// <summary><c>GET /gateway/bot</c>: the gateway URL and Identify budget.</summary>
    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct)
    {
        var route = new DiscordRoute(HttpMethod.Get, "gateway/bot", "gateway/bot", "");
        return await SendAsync<object, GatewayBotInfo>(route, null, null, DiscordJsonContext.Default.GatewayBotInfo, ct)
            ?? throw new DiscordRestException("GET gateway/bot returned no body.");
    }

    private async Task<TResponse?> SendAsync<TRequest, TResponse>(
        DiscordRoute route, TRequest? body, JsonTypeInfo<TRequest>? requestType, JsonTypeInfo<TResponse>? responseType, CancellationToken ct)
    {
        var payload = body is null || requestType is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, requestType);
        var rateLimited = 0;
        var serverErrors = 0;
        while (true)
        {
            using var response = await SendOnceAsync(route, payload, ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && rateLimited++ < MaxRateLimitRetries)
            {
                await HandleRateLimitAsync(route, response, ct);
                continue;
            }

            if (IsTransient(response.StatusCode) && serverErrors < MaxServerErrorRetries)
            {
                var delay = ServerErrorBackoff * Math.Pow(2, serverErrors++);
                logger.LogWarning("Discord returned {Status} for {Route}; retry {Attempt} in {Delay}", (int)response.StatusCode, route.Template, serverErrors, delay);
                await Task.Delay(delay, time, ct);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                var error = await ReadErrorAsync(response, ct);
                throw new DiscordRestException(response.StatusCode, error?.Code, route.Template, error?.Message);
            }

            if (responseType is null || response.StatusCode == HttpStatusCode.NoContent)
            {
                return default;
            }

            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            return await JsonSerializer.DeserializeAsync(stream, responseType, ct);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(DiscordRoute route, byte[]? payload, CancellationToken ct)
    {
        using var lease = await limiter.AcquireAsync(route, ct);
        using var request = new HttpRequestMessage(route.Method, route.Path);
        if (payload is not null)
        {
            request.Content = new ByteArrayContent(payload) { Headers = { ContentType = Json } };
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        limiter.Update(route, response.Headers);
        return response;
    }

    private async Task HandleRateLimitAsync(DiscordRoute route, HttpResponseMessage response, CancellationToken ct)
    {
        var error = await ReadErrorAsync(response, ct);
        var retryAfter = (error?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null)
            ?? DiscordRateLimiter.ParseSeconds(DiscordRateLimiter.Header(response.Headers, "Retry-After"))
            ?? TimeSpan.FromSeconds(1);
        var global = error?.Global == true || DiscordRateLimiter.Header(response.Headers, "X-RateLimit-Global") is not null;
        logger.LogWarning("Rate limited on {Route} (global: {Global}); waiting {RetryAfter}", route.Template, global, retryAfter);
        limiter.Block(route, retryAfter, global);
    }

    private static async Task<DiscordErrorResponse?> ReadErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            return bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, DiscordJsonContext.Default.DiscordErrorResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
