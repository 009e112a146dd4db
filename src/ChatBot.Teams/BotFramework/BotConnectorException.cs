using System.Net;

namespace ChatBot.Teams.BotFramework;

/// <summary>The Bot Connector refused a send for good (or after the retries ran out); the message names no token.</summary>
public sealed class BotConnectorException(HttpStatusCode status, string? operationId)
    : Exception($"The Bot Connector answered {(int)status} {status} (X-Correlating-OperationId: {operationId ?? "none"}).")
{
    public HttpStatusCode Status { get; } = status;
}
