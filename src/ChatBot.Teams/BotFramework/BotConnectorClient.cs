using System.Net;
using System.Net.Http.Headers;
using ChatBot.Teams.Activities;
using ChatBot.Teams.Configuration;
using ChatBot.Teams.Json;
using Microsoft.Extensions.Options;

namespace ChatBot.Teams.BotFramework;

/// <summary>
/// Posts activities to the Bot Connector at a conversation's <c>serviceUrl</c>, with the bot's token. Throttling (429)
/// waits as long as <c>Retry-After</c> says; 412 and 5xx are retried with exponential back-off, a bounded number of
/// times; anything else fails at once. Only pass a serviceUrl taken from a validated request: it receives the token.
/// </summary>
public sealed class BotConnectorClient(HttpClient http, IBotTokenProvider tokens, IOptions<TeamsOptions> options, TimeProvider time)
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(1);

    /// <summary><c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{activityId}</c>: a reply in the same thread.</summary>
    public Task ReplyAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        SendAsync(Url(serviceUrl, conversationId, activityId), conversationId, activity, ct);

    /// <summary><c>POST {serviceUrl}/v3/conversations/{conversationId}/activities</c>: typing indicators and new messages.</summary>
    public Task SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        SendAsync(Url(serviceUrl, conversationId, null), conversationId, activity, ct);

    private async Task SendAsync(Uri url, string conversationId, Activity activity, CancellationToken ct)
    {
        var body = TeamsJson.SerializeToUtf8(activity);
        var maxRetries = options.Value.MaxSendRetries;
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(ct));
            request.Headers.TryAddWithoutValidation("x-ms-conversation-id", conversationId);
            using var response = await http.SendAsync(request, ct);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            var delay = RetryDelay(response, attempt);
            if (delay is null || attempt >= maxRetries)
            {
                throw new BotConnectorException(response.StatusCode, OperationId(response));
            }

            await Task.Delay(delay.Value, time, ct);
        }
    }

    private TimeSpan? RetryDelay(HttpResponseMessage response, int attempt)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.TooManyRequests && RetryAfter(response) is { } wait)
        {
            return wait <= MaxRetryAfter ? wait : null;
        }

        return status is 429 or 412 or >= 500 and <= 599 ? FirstBackoff * Math.Pow(2, attempt) : null;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static string? OperationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;

    private static Uri Url(string serviceUrl, string conversationId, string? activityId)
    {
        var path = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return new Uri(activityId is null ? path : $"{path}/{Uri.EscapeDataString(activityId)}");
    }
}
