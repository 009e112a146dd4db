using ChatBot.Teams.Activities;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Teams.BotFramework;

/// <summary>
/// Answers the activities <c>/api/messages</c> accepted: a typing indicator first for questions, then the reply through
/// the Bot Connector. A few run at once so one slow conversation does not hold up the others.
/// </summary>
public sealed class TeamsReplyService(
    TeamsReplyQueue queue,
    TeamsBotResponder responder,
    BotConnectorClient connector,
    ILogger<TeamsReplyService> logger) : BackgroundService
{
    private const int Parallelism = 8;

    // Stopping ends the intake; replies already being sent finish (within the host's shutdown timeout).
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(
            queue.Reader.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
            async (job, ct) => await HandleAsync(job, ct));

    internal async Task HandleAsync(TeamsReplyJob job, CancellationToken ct)
    {
        var incoming = job.Incoming;
        var serviceUrl = incoming.ServiceUrl!;
        var conversationId = incoming.Conversation!.Id!;
        try
        {
            if (job.Kind == TeamsReplyKind.Answer)
            {
                await TypingAsync(incoming, serviceUrl, conversationId, ct);
            }

            var reply = await responder.ReplyAsync(job, ct);
            if (job.Kind == TeamsReplyKind.Answer && !string.IsNullOrEmpty(incoming.Id))
            {
                await connector.ReplyAsync(serviceUrl, conversationId, incoming.Id, reply, ct);
            }
            else
            {
                await connector.SendAsync(serviceUrl, conversationId, reply, ct);
            }
        }
        catch (Exception ex) when (ex is BotConnectorException or HttpRequestException or Microsoft.Identity.Client.MsalException)
        {
            logger.LogWarning("Could not send the Teams {Kind} reply: {Reason}", job.Kind, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One bad job must not stop the service that answers everyone else.
            logger.LogError(ex, "The Teams {Kind} reply failed", job.Kind);
        }
    }

    // The indicator is a courtesy; failing to show it must not stop the answer.
    private async Task TypingAsync(Activity incoming, string serviceUrl, string conversationId, CancellationToken ct)
    {
        try
        {
            await connector.SendAsync(serviceUrl, conversationId, TeamsBotResponder.Typing(incoming), ct);
        }
        catch (BotConnectorException ex)
        {
            logger.LogDebug("Typing indicator not shown: {Reason}", ex.Message);
        }
    }
}
