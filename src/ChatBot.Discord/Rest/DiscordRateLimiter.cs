using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace ChatBot.Discord.Rest;

/// <summary>
/// Client-side view of Discord's rate limits: buckets learned from <c>X-RateLimit-Bucket</c> keyed by bucket + major
/// parameter (a route-keyed bucket until the hash is known), plus the global limit and global 429 pauses.
/// </summary>
public sealed class DiscordRateLimiter : IDisposable
{
    private readonly ConcurrentDictionary<string, string> _bucketHashByRoute = new();
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new();
    private readonly GlobalRequestLimiter _global;
    private readonly TimeProvider _time;

    public DiscordRateLimiter(TimeProvider time)
    {
        _time = time;
        _global = new GlobalRequestLimiter(time);
    }

    /// <summary>Waits until <paramref name="route"/> may be sent; dispose the result once the response's headers are applied.</summary>
    public async Task<IDisposable> AcquireAsync(DiscordRoute route, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(route);
        var bucket = BucketFor(route);
        await bucket.EnterAsync(ct);
        try
        {
            await _global.WaitAsync(route.ExemptFromGlobalLimit, ct);
        }
        catch
        {
            bucket.Exit();
            throw;
        }

        return new Lease(bucket);
    }

    /// <summary>Applies the rate-limit headers of a response to the route's bucket.</summary>
    public void Update(DiscordRoute route, HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(headers);
        if (Header(headers, "X-RateLimit-Bucket") is { } hash)
        {
            _bucketHashByRoute[route.RouteKey] = hash;
        }

        BucketFor(route).Update(
            int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining) ? remaining : null,
            ParseSeconds(Header(headers, "X-RateLimit-Reset-After")));
    }

    /// <summary>Blocks the route's bucket after a 429, or every request when the limit was global.</summary>
    public void Block(DiscordRoute route, TimeSpan retryAfter, bool global)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (global)
        {
            _global.Pause(retryAfter);
        }
        else
        {
            BucketFor(route).Block(retryAfter);
        }
    }

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
    }

    internal static TimeSpan? ParseSeconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    internal static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private RateLimitBucket BucketFor(DiscordRoute route)
    {
        var key = _bucketHashByRoute.TryGetValue(route.RouteKey, out var hash)
            ? $"{hash} {route.MajorParameter}"
            : route.RouteKey;
        return _buckets.GetOrAdd(key, _ => new RateLimitBucket(_time));
    }

    private sealed class Lease(RateLimitBucket bucket) : IDisposable
    {
        public void Dispose() => bucket.Exit();
    }
}
