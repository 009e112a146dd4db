using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>Plays Discord's REST API on loopback: records every request and answers through <see cref="Responder"/>.</summary>
internal sealed class FakeDiscordRestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeDiscordRestServer(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Decides the answer; by default 204 for callbacks, the request body echoed for PUT, else a small message.</summary>
    public Func<RecordedRequest, FakeResponse> Responder { get; set; } = Default;

    public string ApiBaseUrl => new Uri(_app.BaseAddress(), "/api/v10").ToString();

    public static async Task<FakeDiscordRestServer> StartAsync()
    {
        var app = LoopbackApp.CreateBuilder().Build();
        var server = new FakeDiscordRestServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null)
    {
        RecordedRequest? found = null;
        await Eventually.TrueAsync(() => (found = Requests.FirstOrDefault(match)) is not null, timeout);
        return found ?? throw new TimeoutException("The expected REST request never arrived.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static FakeResponse Default(RecordedRequest request) => request switch
    {
        { Path: var p } when p.EndsWith("/callback", StringComparison.Ordinal) => FakeResponse.NoContent,
        { Method: "PUT" } => FakeResponse.Ok(request.Body),
        _ => FakeResponse.Ok("""{"id":"999","channel_id":"1","content":"ok"}"""),
    };

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            DateTimeOffset.UtcNow);
        Requests.Enqueue(request);
        var response = Responder(request);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }
}
