using System.Net;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rest;
using ChatBot.Discord.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private const string RateLimited = """{"message":"You are being rate limited.","retry_after":0.4,"global":false}""";
    private FakeDiscordRestServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeDiscordRestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task CreateMessage_AnyRequest_SendsUserAgentBotTokenAndJson()
    {
        await using var services = DiscordServices.Build(_server.ApiBaseUrl);
        var client = services.GetRequiredService<DiscordRestClient>();

        await client.CreateMessageAsync("1100000000000000002", new CreateMessageRequest { Content = "hi" }, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/api/v10/channels/1100000000000000002/messages", request.Path);
        Assert.Equal("DiscordBot (https://github.com/chatbot-ai-investments/chatbot, 0.1.0)", request.Headers["User-Agent"]);
        Assert.Equal($"Bot {TestKeys.BotToken}", request.Headers["Authorization"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("hi", request.Json.GetProperty("content").GetString());
    }

    [Fact]
    public async Task CreateMessage_429WithRetryAfter_WaitsThenRetries()
    {
        var time = new SignallingTimeProvider();
        var sentAt = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        var calls = 0;
        _server.Responder = _ =>
        {
            sentAt.Enqueue(time.GetUtcNow());
            return Interlocked.Increment(ref calls) == 1
                ? new FakeResponse(429, RateLimited, new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "abc", ["X-RateLimit-Scope"] = "user" })
                : FakeResponse.Ok("""{"id":"2","channel_id":"1"}""");
        };
        await using var services = DiscordServices.Build(_server.ApiBaseUrl, time);
        var client = services.GetRequiredService<DiscordRestClient>();

        var sending = client.CreateMessageAsync("1", new CreateMessageRequest { Content = "hi" }, CancellationToken.None);
        await time.TimersCreatedAsync(1);
        time.Advance(TimeSpan.FromMilliseconds(400));
        var message = await sending;

        Assert.Equal("2", message!.Id);
        var times = sentAt.ToArray();
        Assert.Equal(2, times.Length);
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(400));
    }

    [Fact]
    public async Task CreateMessage_BucketExhausted_WaitsForResetBeforeNextRequest()
    {
        var time = new SignallingTimeProvider();
        var sentAt = new System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset>();
        _server.Responder = request =>
        {
            sentAt.TryAdd(request.Json.GetProperty("content").GetString()!, time.GetUtcNow());
            return new FakeResponse(200, """{"id":"2","channel_id":"1"}""", new Dictionary<string, string>
            {
                ["X-RateLimit-Bucket"] = "abc",
                ["X-RateLimit-Remaining"] = "0",
                ["X-RateLimit-Reset-After"] = "0.4",
            });
        };
        await using var services = DiscordServices.Build(_server.ApiBaseUrl, time);
        var client = services.GetRequiredService<DiscordRestClient>();

        await client.CreateMessageAsync("1", new CreateMessageRequest { Content = "a" }, CancellationToken.None);
        var sameChannel = client.CreateMessageAsync("1", new CreateMessageRequest { Content = "b" }, CancellationToken.None);
        await time.TimersCreatedAsync(1);
        await client.CreateMessageAsync("2", new CreateMessageRequest { Content = "other channel" }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var waitedForReset = !sameChannel.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(400));
        await sameChannel;

        Assert.True(waitedForReset, "the second message on the exhausted bucket did not wait for its reset");
        Assert.True(sentAt["b"] - sentAt["a"] >= TimeSpan.FromMilliseconds(400));
        Assert.Equal(sentAt["a"], sentAt["other channel"]);
    }

    [Fact]
    public async Task Send_Global429_PausesRequestsOnOtherRoutes()
    {
        var time = new SignallingTimeProvider();
        var sentAt = new System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset>();
        var calls = 0;
        _server.Responder = request =>
        {
            sentAt.TryAdd(request.Path.Contains("/channels/", StringComparison.Ordinal) ? $"channel {calls}" : "gateway", time.GetUtcNow());
            return request.Path.Contains("/channels/", StringComparison.Ordinal) && Interlocked.Increment(ref calls) == 1
                ? new FakeResponse(429, """{"message":"You are being rate limited.","retry_after":0.5,"global":true}""", new Dictionary<string, string> { ["X-RateLimit-Global"] = "true" })
                : FakeResponse.Ok("""{"id":"2","channel_id":"1","url":"ws://127.0.0.1/"}""");
        };
        await using var services = DiscordServices.Build(_server.ApiBaseUrl, time);
        var client = services.GetRequiredService<DiscordRestClient>();
        var limitedAt = time.GetUtcNow();

        var first = client.CreateMessageAsync("1", new CreateMessageRequest { Content = "a" }, CancellationToken.None);
        await time.TimersCreatedAsync(1);
        var other = client.GetGatewayBotAsync(CancellationToken.None);
        await time.TimersCreatedAsync(2);
        var blocked = !other.IsCompleted && !sentAt.ContainsKey("gateway");
        time.Advance(TimeSpan.FromMilliseconds(500));
        await first;
        await other;

        Assert.True(blocked, "the request on another route went out during the global pause");
        Assert.True(sentAt["gateway"] - limitedAt >= TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task CreateMessage_502ThenSuccess_Retries()
    {
        var calls = 0;
        _server.Responder = _ => Interlocked.Increment(ref calls) <= 2 ? new FakeResponse(502) : FakeResponse.Ok();
        await using var services = DiscordServices.Build(_server.ApiBaseUrl, new AcceleratedTimeProvider(20));
        var client = services.GetRequiredService<DiscordRestClient>();

        await client.CreateMessageAsync("1", new CreateMessageRequest { Content = "a" }, CancellationToken.None);

        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task CreateMessage_Persistent502_ThrowsAfterBoundedRetries()
    {
        _server.Responder = _ => new FakeResponse(502, """{"message":"Bad Gateway","code":0}""");
        await using var services = DiscordServices.Build(_server.ApiBaseUrl, new AcceleratedTimeProvider(20));
        var client = services.GetRequiredService<DiscordRestClient>();

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            client.CreateMessageAsync("1", new CreateMessageRequest { Content = "a" }, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task CreateInteractionResponse_Callback_PostsTypeAndData()
    {
        await using var services = DiscordServices.Build(_server.ApiBaseUrl);
        var client = services.GetRequiredService<DiscordRestClient>();
        var response = new InteractionResponse { Type = InteractionCallbackType.DeferredChannelMessageWithSource };

        await client.CreateInteractionResponseAsync("1180000000000000001", "tok", response, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/api/v10/interactions/1180000000000000001/tok/callback", request.Path);
        Assert.Equal("""{"type":5}""", request.Body);
    }
}
