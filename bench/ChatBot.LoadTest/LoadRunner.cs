using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using ChatBot.Discord.Http;

namespace ChatBot.LoadTest;

/// <summary>Closed-loop load: <c>concurrency</c> clients each send their next request as soon as the previous one is answered.</summary>
internal sealed class LoadRunner(Uri baseAddress, int concurrency)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _client = new(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async Task<LoadResult> RunAsync(IReadOnlyList<SignedInteraction> requests, TimeSpan timeLimit)
    {
        using var stop = new CancellationTokenSource(timeLimit);
        var latencies = new double[requests.Count];
        var next = -1;
        var failed = 0;
        var deferred = 0;
        var clock = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int index;
            while (!stop.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < requests.Count)
            {
                var started = Stopwatch.GetTimestamp();
                var outcome = await SendAsync(requests[index], stop.Token);
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (outcome == Outcome.Failed)
                {
                    Interlocked.Increment(ref failed);
                }
                else if (outcome == Outcome.Deferred)
                {
                    Interlocked.Increment(ref deferred);
                }
            }
        }));
        await Task.WhenAll(clients);
        var completed = Math.Min(next, requests.Count);
        return new LoadResult(latencies.Take(completed).Where(l => l > 0).ToArray(), clock.Elapsed, failed, deferred, requests.Count - completed);
    }

    private async Task<Outcome> SendAsync(SignedInteraction interaction, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DiscordInteractionEndpoints.Route)
        {
            Content = new ByteArrayContent(interaction.Body) { Headers = { ContentType = Json } },
        };
        request.Headers.TryAddWithoutValidation(DiscordInteractionEndpoints.SignatureHeader, interaction.Signature);
        request.Headers.TryAddWithoutValidation(DiscordInteractionEndpoints.TimestampHeader, interaction.Timestamp);
        try
        {
            using var response = await _client.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                return Outcome.Failed;
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            return body.RootElement.GetProperty("type").GetInt32() switch
            {
                4 => Outcome.Answered,
                5 => Outcome.Deferred,
                _ => Outcome.Failed,
            };
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            return Outcome.Failed;
        }
    }

    private enum Outcome
    {
        Answered,
        Deferred,
        Failed,
    }
}
