using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>Plays Discord's gateway on loopback: "/" is the gateway URL, "/resume" the resume_gateway_url.</summary>
internal sealed class FakeGatewayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();

    private FakeGatewayServer(WebApplication app) => _app = app;

    public bool AcknowledgeHeartbeats { get; set; } = true;

    public string GatewayUrl => new Uri(_app.BaseAddress().ToString().Replace("http", "ws", StringComparison.Ordinal)).ToString();

    public string ResumeUrl => new Uri(new Uri(GatewayUrl), "/resume").ToString();

    public static async Task<FakeGatewayServer> StartAsync()
    {
        var app = LoopbackApp.CreateBuilder().Build();
        var server = new FakeGatewayServer(app);
        app.UseWebSockets();
        app.Run(server.AcceptAsync);
        await app.StartAsync();
        return server;
    }

    public async Task<FakeGatewayConnection> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        return await _connections.Reader.ReadAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, context.Request.Path, context.Request.QueryString.Value ?? "", AcknowledgeHeartbeats);
        await _connections.Writer.WriteAsync(connection);
        await connection.RunAsync(context.RequestAborted);
    }
}
