using Microsoft.Extensions.Hosting;

namespace ChatBot.Hosting;

/// <summary>Starts recording hand edits with a long-running host (serve) and stops with it.</summary>
internal sealed class HandEditAuditService(HandEditAudit audit) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        audit.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        audit.Dispose();
        return Task.CompletedTask;
    }
}
