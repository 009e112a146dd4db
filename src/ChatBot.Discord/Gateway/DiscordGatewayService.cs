using System.Net.WebSockets;
using System.Text.Json;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// Keeps one gateway connection alive: picks Identify or Resume, backs off between failed attempts, and stops the
/// application on close codes that no reconnect can fix.
/// </summary>
public sealed class DiscordGatewayService(
    IOptions<DiscordOptions> options,
    DiscordRestClient rest,
    DiscordGatewayEventDispatcher dispatcher,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);
    private readonly ILogger _logger = loggers.CreateLogger<DiscordGatewayService>();
    private readonly GatewayPayloadWriter _writer = new(options);

    /// <summary>Set when the gateway closed with a code that makes reconnecting pointless (e.g. 4004, 4014).</summary>
    public int? FatalCloseCode { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var session = new GatewaySession();
        var backoff = new ReconnectBackoff();
        Uri? gatewayUrl = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan delay;
                try
                {
                    gatewayUrl ??= await ResolveGatewayUrlAsync(stoppingToken);
                    var result = await ConnectOnceAsync(session, gatewayUrl, stoppingToken);
                    if (result.Next == GatewayNextStep.Fatal)
                    {
                        FatalCloseCode = result.CloseCode;
                        _logger.LogCritical("Discord gateway closed with {CloseCode}: {Cause}. Stopping the application.", result.CloseCode, result.Reason);
                        lifetime.StopApplication();
                        return;
                    }

                    if (result.Next == GatewayNextStep.Stopped)
                    {
                        return;
                    }

                    delay = NextDelay(result, session, backoff);
                }
                catch (Exception ex) when (ex is WebSocketException or HttpRequestException or DiscordRestException or JsonException
                                               || (ex is OperationCanceledException && !stoppingToken.IsCancellationRequested))
                {
                    delay = backoff.Next();
                    _logger.LogWarning(ex, "Discord gateway connection failed; retrying in {Delay}", delay);
                }

                await Task.Delay(delay, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _logger.LogInformation("Discord gateway stopping");
        }
        finally
        {
            await dispatcher.DrainAsync(DrainTimeout);
        }
    }

    private async Task<GatewayConnectionResult> ConnectOnceAsync(GatewaySession session, Uri gatewayUrl, CancellationToken stoppingToken)
    {
        var resume = session.CanResume;
        using var connection = new GatewayConnection(session, _writer, dispatcher, time, _logger);
        var result = await connection.RunAsync(resume ? session.ResumeUrl! : gatewayUrl, resume, stoppingToken);
        _logger.LogInformation("Discord gateway connection ended ({Reason}, close code {CloseCode}); next: {NextStep}", result.Reason, result.CloseCode, result.Next);
        return result;
    }

    /// <summary>A connection that reached READY/RESUMED reconnects at once; repeated failures back off exponentially.</summary>
    private static TimeSpan NextDelay(GatewayConnectionResult result, GatewaySession session, ReconnectBackoff backoff)
    {
        if (result.Next is GatewayNextStep.Identify or GatewayNextStep.IdentifyAfterInvalidSession)
        {
            session.Reset();
        }

        if (result.Next is GatewayNextStep.ResumeAfterInvalidSession or GatewayNextStep.IdentifyAfterInvalidSession)
        {
            return ReconnectBackoff.InvalidSessionDelay();
        }

        if (result.WasReady)
        {
            backoff.Reset();
            return TimeSpan.Zero;
        }

        return backoff.Next();
    }

    private async Task<Uri> ResolveGatewayUrlAsync(CancellationToken ct)
    {
        var configured = options.Value.GatewayUrl;
        var url = string.IsNullOrEmpty(configured) ? (await rest.GetGatewayBotAsync(ct)).Url : configured;
        return GatewayUrl.WithProtocol(url);
    }
}
