using ChatBot.Core.Knowledge.Editing;
using ChatBot.KnowledgeFiles;
using ChatBot.KnowledgeFiles.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Hosting;

/// <summary>
/// Connects the reloading knowledge to the audit log while the host runs, so hand edits are recorded. An audit log
/// that cannot be opened (a read-only data directory) is logged and leaves the bot answering; edits then report it.
/// </summary>
internal sealed class HandEditAuditService(ReloadingKnowledgeProvider knowledge, IServiceProvider services, TimeProvider time, ILogger<HandEditAuditService> logger)
    : IHostedService
{
    private Action<Core.Knowledge.KnowledgeBase, Core.Knowledge.KnowledgeBase, IReadOnlyList<string>>? _onChanged;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var recorder = new HandEditRecorder(services.GetRequiredService<IKnowledgeAuditLog>(), time, knowledge.Path);
            _onChanged = (previous, next, files) => Record(recorder, previous, next, files);
            knowledge.Changed += _onChanged;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            logger.LogWarning("The audit log cannot be opened, so hand edits are not recorded: {Reason}", ex.Message);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_onChanged is not null)
        {
            knowledge.Changed -= _onChanged;
        }

        return Task.CompletedTask;
    }

    // Runs inside a reload, possibly on a timer thread: a failing audit write must never take the reload (or the process) down.
    private void Record(HandEditRecorder recorder, Core.Knowledge.KnowledgeBase previous, Core.Knowledge.KnowledgeBase next, IReadOnlyList<string> files)
    {
        try
        {
            recorder.OnChanged(previous, next, files);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("A hand edit of {Files} could not be recorded in the audit log: {Reason}", string.Join(", ", files), ex.Message);
        }
    }
}
