using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.KnowledgeFiles;
using ChatBot.KnowledgeFiles.Audit;
using ChatBot.KnowledgeFiles.Editing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Hosting;

/// <summary>
/// Connects the reloading knowledge to the audit log for as long as a process watches the knowledge (serve, chat), so
/// hand edits are recorded; on start it also settles changes a crashed or failed write left pending. An audit log that
/// cannot be opened (a read-only data directory) is logged and leaves the bot answering.
/// </summary>
internal sealed class HandEditAudit(ReloadingKnowledgeProvider knowledge, IServiceProvider services, TimeProvider time, ILogger<HandEditAudit> logger)
    : IDisposable
{
    private readonly Lock _gate = new();
    private Action<KnowledgeBase, KnowledgeBase, IReadOnlyList<string>>? _onChanged;

    public void Start()
    {
        lock (_gate)
        {
            if (_onChanged is not null)
            {
                return;
            }

            try
            {
                var recorder = new HandEditRecorder(services.GetRequiredService<IKnowledgeAuditLog>, time, knowledge.Path);
                _onChanged = (previous, next, files) => Record(recorder, previous, next, files);
                knowledge.Changed += _onChanged;
                (services.GetService<IKnowledgeEditor>() as FileKnowledgeEditor)?.Reconcile();
            }
            catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                logger.LogWarning("The audit log cannot be opened, so hand edits are not recorded: {Reason}", ex.Message);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_onChanged is not null)
            {
                knowledge.Changed -= _onChanged;
                _onChanged = null;
            }
        }
    }

    // Runs inside a reload, possibly on a timer thread: a failing audit write must never take the reload (or the process) down.
    private void Record(HandEditRecorder recorder, KnowledgeBase previous, KnowledgeBase next, IReadOnlyList<string> files)
    {
        try
        {
            recorder.OnChanged(previous, next, files);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            logger.LogWarning("A hand edit of {Files} could not be recorded in the audit log: {Reason}", string.Join(", ", files), ex.Message);
        }
    }
}
