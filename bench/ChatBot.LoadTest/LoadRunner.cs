using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using ChatBot.Discord.Http;

namespace ChatBot.LoadTest;

/// <summary>
/// Closed-loop load: <c>concurrency</c> clients each send their next request as soon as the previous one is answered,
/// for a fixed time, cycling through the prepared interactions.
/// </summary>
internal sealed class LoadRunner(Uri baseAddress, int concurrency) : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _client = new(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    private int _next = -1;

    public async Task<LoadResult> RunAsync(IReadOnlyList<SignedInteraction> requests, TimeSpan duration)
    {
        var latencies = new List<double>[concurrency];
        var failed = 0;
        var deferred = 0;
        var (collections, paused, cpu) = (GC.CollectionCount(0), GC.GetTotalPauseDuration(), Process.GetCurrentProcess().TotalProcessorTime);
        var clock = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, concurrency).Select(client => Task.Run(async () =>
        {
            var mine = latencies[client] = [];
            while (clock.Elapsed < duration)
            {
                var index = (int)((uint)Interlocked.Increment(ref _next) % (uint)requests.Count);
                var started = Stopwatch.GetTimestamp();
                var outcome = await SendAsync(requests[index]);
                if (outcome == Outcome.Answered)
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else if (outcome == Outcome.Deferred)
                {
                    Interlocked.Increment(ref deferred);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        await Task.WhenAll(clients);
        var elapsed = clock.Elapsed;
        return new LoadResult([.. latencies.SelectMany(l => l)], elapsed, failed, deferred, GC.CollectionCount(0) - collections, GC.GetTotalPauseDuration() - paused,
            Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    public void Dispose() => _client.Dispose();

    private async Task<Outcome> SendAsync(SignedInteraction interaction)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DiscordInteractionEndpoints.Route)
        {
            Content = new ByteArrayContent(interaction.Body) { Headers = { ContentType = Json } },
        };
        request.Headers.TryAddWithoutValidation(DiscordInteractionEndpoints.SignatureHeader, interaction.Signature);
        request.Headers.TryAddWithoutValidation(DiscordInteractionEndpoints.TimestampHeader, interaction.Timestamp);
        try
        {
            using var response = await _client.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                return Outcome.Failed;
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
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
