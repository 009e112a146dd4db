using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using ChatBot.Discord.Json;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the gateway: Hello, Identify or Resume, heartbeats with zombie detection, and dispatches.
/// It ends by telling the service what to do next; session state lives in <see cref="GatewaySession"/>.
/// </summary>
internal sealed class GatewayConnection(
    GatewaySession session,
    GatewayPayloadWriter writer,
    DiscordGatewayEventDispatcher dispatcher,
    TimeProvider time,
    ILogger logger) : IDisposable
{
    private const int ReceiveChunkSize = 16 * 1024;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly GatewaySendLimiter _sendLimiter = new(time);
    private readonly CancellationTokenSource _receive = new();
    private GatewayConnectionResult? _ending;
    private volatile bool _acknowledged = true;
    private bool _ready;

    public async Task<GatewayConnectionResult> RunAsync(Uri url, bool resume, CancellationToken stoppingToken)
    {
        using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            connectTimeout.CancelAfter(TimeSpan.FromSeconds(30));
            await _socket.ConnectAsync(url, connectTimeout.Token);
        }

        using var stopping = stoppingToken.Register(() => _ = EndAsync(new(GatewayNextStep.Stopped, "service stopping")));
        using var heartbeatStop = new CancellationTokenSource();
        var heartbeat = Task.CompletedTask;
        try
        {
            while (await ReceiveAsync() is { } payload)
            {
                var receivedAt = time.GetTimestamp();
                switch (payload.Op)
                {
                    case GatewayOpCode.Hello:
                        var hello = payload.D?.Deserialize(DiscordJsonContext.Default.HelloData) ?? throw new JsonException("Hello without data");
                        heartbeat = HeartbeatAsync(TimeSpan.FromMilliseconds(hello.HeartbeatInterval), heartbeatStop.Token);
                        await SendAsync(resume ? writer.Resume(session) : writer.Identify(), heartbeat: false, stoppingToken);
                        break;
                    case GatewayOpCode.HeartbeatAck:
                        _acknowledged = true;
                        break;
                    case GatewayOpCode.Heartbeat:
                        await SendHeartbeatAsync(stoppingToken);
                        break;
                    case GatewayOpCode.Reconnect:
                        return await EndAsync(new(GatewayNextStep.Resume, "server requested reconnect (op 7)"));
                    case GatewayOpCode.InvalidSession:
                        var resumable = payload.D?.ValueKind == JsonValueKind.True;
                        return await EndAsync(new(
                            resumable ? GatewayNextStep.ResumeAfterInvalidSession : GatewayNextStep.IdentifyAfterInvalidSession,
                            "invalid session (op 9)"));
                    case GatewayOpCode.Dispatch:
                        OnDispatch(payload, receivedAt);
                        break;
                }
            }

            return Finish(_ending ?? ResultFromClose());
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException && !stoppingToken.IsCancellationRequested || _ending is not null)
        {
            return Finish(_ending ?? new(GatewayNextStep.Resume, "connection lost"));
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        _receive.Dispose();
    }

    private void OnDispatch(GatewayPayload payload, long receivedAt)
    {
        if (payload.S is { } sequence)
        {
            session.Observe(sequence);
        }

        switch (payload.T)
        {
            case "READY":
                var ready = payload.D?.Deserialize(DiscordJsonContext.Default.ReadyData) ?? throw new JsonException("READY without data");
                session.Start(ready.SessionId, GatewayUrl.WithProtocol(ready.ResumeGatewayUrl), ready.User?.Id);
                _ready = true;
                logger.LogInformation("Discord gateway ready as {BotUserId}", ready.User?.Id);
                break;
            case "RESUMED":
                _ready = true;
                logger.LogInformation("Discord gateway session resumed");
                break;
            default:
                if (payload.D is { } data)
                {
                    dispatcher.Dispatch(payload.T, data, receivedAt, session.BotUserId);
                }

                break;
        }
    }

    private async Task HeartbeatAsync(TimeSpan interval, CancellationToken ct)
    {
        try
        {
            // Jitter the first beat so that many clients reconnecting at once do not heartbeat in step.
            await Task.Delay(interval * Random.Shared.NextDouble(), time, ct);
            while (!ct.IsCancellationRequested)
            {
                if (!_acknowledged)
                {
                    logger.LogWarning("No heartbeat ACK since the last heartbeat; reconnecting to resume");
                    await EndAsync(new(GatewayNextStep.Resume, "zombied connection (no heartbeat ACK)"));
                    return;
                }

                await SendHeartbeatAsync(ct);
                await Task.Delay(interval, time, ct);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            logger.LogDebug("Heartbeat loop ended: {Reason}", ex.GetType().Name);
        }
    }

    private Task SendHeartbeatAsync(CancellationToken ct)
    {
        _acknowledged = false;
        return SendAsync(writer.Heartbeat(session.Sequence), heartbeat: true, ct);
    }

    private async Task SendAsync(byte[] payload, bool heartbeat, CancellationToken ct)
    {
        await _sendLimiter.WaitAsync(heartbeat, ct);
        await _sendLock.WaitAsync(ct);
        try
        {
            await _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Closes with a resumable code (never 1000/1001, which would end the session), then stops receiving once the
    /// server acknowledges or <see cref="CloseTimeout"/> passes. The first caller decides the result.
    /// </summary>
    private async Task<GatewayConnectionResult> EndAsync(GatewayConnectionResult result)
    {
        if (Interlocked.CompareExchange(ref _ending, result, null) is { } earlier)
        {
            return Finish(earlier);
        }

        try
        {
            using var timeout = new CancellationTokenSource(CloseTimeout);
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)GatewayCloseCodes.Resumable, result.Reason, timeout.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            logger.LogDebug("Could not send a close frame: {Reason}", ex.GetType().Name);
        }

        try
        {
            _receive.CancelAfter(CloseTimeout);
        }
        catch (ObjectDisposedException)
        {
            // The connection already finished; nothing is receiving any more.
        }

        return Finish(result);
    }

    private GatewayConnectionResult ResultFromClose()
    {
        if (_socket.CloseStatus is not { } status)
        {
            return new(GatewayNextStep.Resume, "connection closed without a close code");
        }

        var code = (int)status;
        if (GatewayCloseCodes.DescribeFatal(code) is { } fatal)
        {
            return new(GatewayNextStep.Fatal, fatal, code);
        }

        return GatewayCloseCodes.RequiresNewSession(code)
            ? new(GatewayNextStep.Identify, "session can no longer be resumed", code)
            : new(GatewayNextStep.Resume, "server closed the connection", code);
    }

    private GatewayConnectionResult Finish(GatewayConnectionResult result) => result with { WasReady = _ready };

    /// <summary>Reads one whole message, reassembling frames until EndOfMessage; null once the socket closes.</summary>
    private async Task<GatewayPayload?> ReceiveAsync()
    {
        while (true)
        {
            var buffer = new ArrayBufferWriter<byte>(ReceiveChunkSize);
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer.GetMemory(ReceiveChunkSize), _receive.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                buffer.Advance(result.Count);
            }
            while (!result.EndOfMessage);

            try
            {
                return JsonSerializer.Deserialize(buffer.WrittenSpan, DiscordJsonContext.Default.GatewayPayload)
                    ?? throw new JsonException("null payload");
            }
            catch (JsonException ex)
            {
                logger.LogWarning(ex, "Ignored an unreadable gateway message of {Length} bytes", buffer.WrittenCount);
            }
        }
    }
}
