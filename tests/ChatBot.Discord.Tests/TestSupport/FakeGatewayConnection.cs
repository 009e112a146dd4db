using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>The server's end of one gateway connection: reads what the bot sends, answers heartbeats if asked to.</summary>
internal sealed class FakeGatewayConnection(WebSocket socket, string path, string query, bool acknowledgeHeartbeats)
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Path { get; } = path;
    public string Query { get; } = query;
    public bool AcknowledgeHeartbeats { get; set; } = acknowledgeHeartbeats;
    public int? ClientCloseCode { get; private set; }
    public Task Closed => _closed.Task;

    public Task SendAsync(string json) => SendFramesAsync(json, 1);

    /// <summary>Sends one message split over several WebSocket frames, as Discord does for large payloads.</summary>
    public async Task SendFramesAsync(string json, int frames)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var size = (bytes.Length + frames - 1) / frames;
        await _sendLock.WaitAsync();
        try
        {
            for (var offset = 0; offset < bytes.Length; offset += size)
            {
                var count = Math.Min(size, bytes.Length - offset);
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count >= bytes.Length, CancellationToken.None);
                await Task.Delay(10);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public Task HelloAsync(int heartbeatIntervalMs) =>
        SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{heartbeatIntervalMs}}},"s":null,"t":null}""");

    public Task DispatchAsync(string eventName, string data, int sequence) =>
        SendAsync($$"""{"op":0,"d":{{data}},"s":{{sequence}},"t":"{{eventName}}"}""");

    public Task ReadyAsync(string sessionId, string resumeUrl, string botUserId, int sequence = 1) =>
        DispatchAsync("READY", $$"""{"v":10,"user":{"id":"{{botUserId}}","username":"chatbot","bot":true},"guilds":[],"session_id":"{{sessionId}}","resume_gateway_url":"{{resumeUrl}}","application":{"id":"{{TestKeys.ApplicationId}}","flags":0} }""", sequence);

    /// <summary>Next payload the bot sent with opcode <paramref name="op"/>, skipping others.</summary>
    public async Task<JsonElement> ReceiveOpAsync(int op, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (true)
        {
            var payload = await _received.Reader.ReadAsync(cts.Token);
            if (payload.GetProperty("op").GetInt32() == op)
            {
                return payload;
            }
        }
    }

    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "test", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Reads until the bot closes; runs for the lifetime of the server request.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, ct);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClientCloseCode = (int?)result.CloseStatus;
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", ct);
                    }

                    break;
                }

                var payload = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                if (AcknowledgeHeartbeats && payload.GetProperty("op").GetInt32() == 1)
                {
                    await SendAsync("""{"op":11,"d":null,"s":null,"t":null}""");
                }

                await _received.Writer.WriteAsync(payload, ct);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The bot dropped the connection; tests observe that through Closed.
        }
        finally
        {
            _received.Writer.TryComplete();
            _closed.TrySetResult();
        }
    }
}
