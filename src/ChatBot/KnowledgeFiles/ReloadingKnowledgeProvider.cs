using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.KnowledgeFiles;

/// <summary>
/// Serves the knowledge file's latest good version: when the file changes, it is reloaded on the next
/// request; if the new version is broken, the errors are reported and the previous snapshot stays in force.
/// </summary>
internal sealed class ReloadingKnowledgeProvider : IReloadableKnowledgeProvider
{
    private readonly string _path;
    private readonly KnowledgeStore _store;
    private readonly Action<IReadOnlyList<KnowledgeError>> _onRejected;
    private readonly Lock _gate = new();
    private DateTime _loadedWriteTime;

    public ReloadingKnowledgeProvider(string path, KnowledgeBase initial, Action<IReadOnlyList<KnowledgeError>> onRejected)
    {
        _path = path;
        _store = new KnowledgeStore(initial);
        _onRejected = onRejected;
        _loadedWriteTime = WriteTime();
    }

    public KnowledgeBase Current
    {
        get
        {
            var writeTime = WriteTime();
            if (writeTime != _loadedWriteTime)
            {
                Reload(writeTime);
            }

            return _store.Current;
        }
    }

    /// <inheritdoc/>
    public KnowledgeLoadResult Reload()
    {
        lock (_gate)
        {
            _loadedWriteTime = WriteTime();
            var result = KnowledgeFile.Load(_path);
            if (!_store.TryReplace(result))
            {
                _onRejected(result.Errors);
            }

            return result;
        }
    }

    private void Reload(DateTime writeTime)
    {
        lock (_gate)
        {
            if (writeTime == _loadedWriteTime)
            {
                return;
            }

            _loadedWriteTime = writeTime;
            var result = KnowledgeFile.Load(_path);
            if (!_store.TryReplace(result))
            {
                _onRejected(result.Errors);
            }
        }
    }

    private DateTime WriteTime() => KnowledgeFolder.Files(_path).Where(File.Exists).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.MinValue).Max();
}
