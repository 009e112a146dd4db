using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using ChatBot.Teams.Webhook;

namespace ChatBot.Teams.LoadTest;

/// <summary>Closed-loop load: <c>concurrency</c> clients each send their next request as soon as the previous one is answered.</summary>
internal sealed class WebhookLoadRunner(Uri baseAddress, int concurrency)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _client = new(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async Task<WebhookLoadResult> RunAsync(IReadOnlyList<SignedWebhookRequest> requests, TimeSpan timeLimit)
    {
        using var stop = new CancellationTokenSource(timeLimit);
        var latencies = new double[requests.Count];
        var next = -1;
        var failed = 0;
        var clock = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int index;
            while (!stop.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < requests.Count)
            {
                var started = Stopwatch.GetTimestamp();
                var answered = await SendAsync(requests[index], stop.Token);
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!answered)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        await Task.WhenAll(clients);
        var completed = Math.Min(next, requests.Count);
        return new WebhookLoadResult([.. latencies.Take(completed).Where(l => l > 0)], clock.Elapsed, failed, requests.Count - completed);
    }

    // Answered means 200 with a message activity carrying an Adaptive Card, as Teams would show it.
    private async Task<bool> SendAsync(SignedWebhookRequest signed, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TeamsWebhookEndpoints.Route)
        {
            Content = new ByteArrayContent(signed.Body) { Headers = { ContentType = Json } },
        };
        request.Headers.TryAddWithoutValidation("Authorization", signed.Authorization);
        try
        {
            using var response = await _client.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            return body.RootElement.GetProperty("type").GetString() == "message"
                && body.RootElement.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() == 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
        {
            return false;
        }
    }
}
