using ChatBot.Core.Knowledge.Editing;
using ChatBot.KnowledgeFiles;
using ChatBot.KnowledgeFiles.Audit;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Hosting;

/// <summary>Connects the reloading knowledge to the audit log while the host runs, so hand edits are recorded.</summary>
internal sealed class HandEditAuditService(ReloadingKnowledgeProvider knowledge, IKnowledgeAuditLog audit, TimeProvider time) : IHostedService
{
    private HandEditRecorder? _recorder;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _recorder = new HandEditRecorder(audit, time, knowledge.Path);
        knowledge.Changed += _recorder.OnChanged;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_recorder is not null)
        {
            knowledge.Changed -= _recorder.OnChanged;
        }

        return Task.CompletedTask;
    }
}
