using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Support;

/// <summary>Plays Discord's REST API on 127.0.0.1: records each request and echoes the body back, as bulk overwrite does.</summary>
internal sealed class RecordingApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingApiServer(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Method, string Path, string Authorization, string Body)> Requests { get; } = new();

    public string ApiBaseUrl => new Uri(new Uri(_app.Urls.First()), "/api/v10").ToString();

    public static async Task<RecordingApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RecordingApiServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Requests.Enqueue((context.Request.Method, context.Request.Path.Value ?? "", context.Request.Headers.Authorization.ToString(), body));
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.Length > 0 ? body : "[]", context.RequestAborted);
    }
}
