using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.TestSupport;

/// <summary>
/// An OpenAI-compatible chat-completions server on a free loopback port (Ollama, vLLM and llama.cpp speak the same
/// format). Records each request's body and headers; <see cref="Respond"/> decides the reply.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<RecordedRequest> _requests = [];

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>The base URL including /v1, as users configure LLM_ENDPOINT.</summary>
    public Uri Endpoint { get; private set; } = null!;

    public Func<HttpContext, Task> Respond { get; set; } = ctx => WriteCompletion(ctx, "ok");

    /// <summary>Completes when a request has arrived (for tests that then move a fake clock).</summary>
    public TaskCompletionSource RequestArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a client gave up on a request the server still held.</summary>
    public TaskCompletionSource RequestAborted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", async (HttpContext ctx) =>
        {
            var body = (await JsonNode.ParseAsync(ctx.Request.Body))!.AsObject();
            lock (server._requests)
            {
                server._requests.Add(new RecordedRequest(ctx.Request.Path, ctx.Request.Headers.Authorization.ToString(), body));
            }

            ctx.RequestAborted.Register(() => server.RequestAborted.TrySetResult());
            server.RequestArrived.TrySetResult();
            await server.Respond(ctx);
        });
        await app.StartAsync();
        server.Endpoint = new Uri(app.Urls.First() + "/v1");
        return server;
    }

    public static Task WriteCompletion(HttpContext ctx, string content, string finishReason = "stop") =>
        ctx.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-fake-1",
            @object = "chat.completion",
            created = 1735689600,
            model = "fake-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = finishReason } },
            usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
        });

    public static Task WriteError(HttpContext ctx, int status, string message, string type, string? code = null)
    {
        ctx.Response.StatusCode = status;
        return ctx.Response.WriteAsJsonAsync(new { error = new { message, type, param = (string?)null, code } });
    }

    /// <summary>Holds the request open until the client gives up (a model that never answers).</summary>
    public static async Task Hang(HttpContext ctx)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client cancelled: exactly what the test waits for.
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
