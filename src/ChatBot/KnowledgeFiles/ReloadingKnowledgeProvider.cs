using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.KnowledgeFiles;

/// <summary>
/// Serves the knowledge's latest good version and follows edits in place: file events, debounced, and a periodic
/// fallback check compare the files by content; only changed files are parsed again, the whole result is validated
/// and swapped in atomically. A broken edit, or one that would remove a large share of the facts without a
/// moderator's confirmation, never replaces the version in force. Questions never touch the disk.
/// </summary>
internal sealed class ReloadingKnowledgeProvider : IReloadableKnowledgeProvider, IDisposable
{
    private readonly KnowledgeFileSet _files;
    private readonly KnowledgeStore _store;
    private readonly TimeProvider _time;
    private readonly KnowledgeReloadOptions _options;
    private readonly Action<KnowledgeRejection> _onRejected;
    private readonly Lock _gate = new();
    private readonly ITimer _debounce;
    private ITimer? _fallback;
    private FileSystemWatcher? _watcher;
    private string _inForce;
    private KnowledgeReloadResult? _lastRefused;
    private string? _lastRefusedFingerprint;
    private KnowledgeStatus _status;

    private ReloadingKnowledgeProvider(KnowledgeFileSet files, KnowledgeFileSetLoad initial, TimeProvider time, KnowledgeReloadOptions options, Action<KnowledgeRejection> onRejected)
    {
        _files = files;
        _time = time;
        _options = options;
        _onRejected = onRejected;
        _store = new KnowledgeStore(initial.Result.Knowledge!);
        _inForce = Fingerprint(initial.Hashes);
        _status = new KnowledgeStatus(1, time.GetUtcNow(), files.Path, initial.Hashes.Count, _store.Current.Facts.Count, _store.Current.Sources.Count, null);
        _debounce = time.CreateTimer(_ => CheckSafely(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Raised after a new version is in force, with the previous one and the files that changed.</summary>
    public event Action<KnowledgeBase, KnowledgeBase, IReadOnlyList<string>>? Changed;

    public KnowledgeBase Current => _store.Current;

    public KnowledgeStatus Status => Volatile.Read(ref _status);

    public string Path => _files.Path;

    /// <summary>Loads the knowledge at <paramref name="path"/>; the provider, or the errors that keep it from starting.</summary>
    public static (ReloadingKnowledgeProvider? Provider, KnowledgeLoadResult Initial) Open(
        string path, TimeProvider time, KnowledgeReloadOptions options, Action<KnowledgeRejection> onRejected)
    {
        var files = new KnowledgeFileSet(path);
        var initial = files.Load();
        return initial.Result.Succeeded
            ? (new ReloadingKnowledgeProvider(files, initial, time, options, onRejected), initial.Result)
            : (null, initial.Result);
    }

    /// <summary>Starts following the files: a watcher for prompt reloads, a timer for changes the watcher misses.</summary>
    public void StartWatching()
    {
        var folder = _files.IsFolder;
        var directory = folder ? _files.Path : System.IO.Path.GetDirectoryName(_files.Path)!;
        var watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = folder,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler onEvent = (_, e) => NotifyIfRelevant(e.FullPath);
        watcher.Changed += onEvent;
        watcher.Created += onEvent;
        watcher.Deleted += onEvent;
        watcher.Renamed += (_, e) => { NotifyIfRelevant(e.OldFullPath); NotifyIfRelevant(e.FullPath); };
        watcher.Error += (_, _) => NotifyChanged();
        watcher.EnableRaisingEvents = true;
        _watcher = watcher;
        _fallback = _time.CreateTimer(_ => CheckSafely(), null, _options.FallbackInterval, _options.FallbackInterval);
    }

    /// <summary>Something changed on disk: check once the files have been quiet for the debounce delay.</summary>
    public void NotifyChanged() => _debounce.Change(_options.DebounceDelay, Timeout.InfiniteTimeSpan);

    /// <inheritdoc/>
    public KnowledgeLoadResult Reload()
    {
        var result = Reload(confirmRemovals: false);
        return result.Succeeded ? new KnowledgeLoadResult(result.Current, []) : new KnowledgeLoadResult(null, result.Errors);
    }

    /// <inheritdoc/>
    public KnowledgeReloadResult Reload(bool confirmRemovals)
    {
        lock (_gate)
        {
            var load = _files.Load();
            var fingerprint = Fingerprint(load.Hashes);
            var current = _store.Current;
            if (fingerprint == _inForce)
            {
                ClearRefusal();
                return new KnowledgeReloadResult(KnowledgeReloadOutcome.Unchanged, current, [], []);
            }

            if (!confirmRemovals && fingerprint == _lastRefusedFingerprint && _lastRefused is not null)
            {
                return _lastRefused;
            }

            if (!load.Result.Succeeded)
            {
                return Refuse(new KnowledgeReloadResult(KnowledgeReloadOutcome.Rejected, current, load.Result.Errors, []), fingerprint);
            }

            var next = load.Result.Knowledge!;
            var removed = current.Facts.Select(f => f.Id).Where(id => next.FindFact(id) is null).ToList();
            if (!confirmRemovals && removed.Count >= _options.MinRemovedToConfirm && removed.Count > current.Facts.Count * _options.MaxRemovedShare)
            {
                var error = new KnowledgeError(_files.Path, 1, null,
                    $"the edit would remove {removed.Count} of {current.Facts.Count} facts; a moderator must confirm it (/reload confirm:true)");
                return Refuse(new KnowledgeReloadResult(KnowledgeReloadOutcome.NeedsConfirmation, current, [error], removed), fingerprint);
            }

            _store.TryReplace(load.Result);
            _inForce = fingerprint;
            ClearRefusal();
            Volatile.Write(ref _status, new KnowledgeStatus(_status.Version + 1, _time.GetUtcNow(), _files.Path, load.Hashes.Count, next.Facts.Count, next.Sources.Count, null));
            Changed?.Invoke(current, next, load.ChangedFiles);
            return new KnowledgeReloadResult(KnowledgeReloadOutcome.Loaded, next, [], removed);
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _fallback?.Dispose();
        _debounce.Dispose();
    }

    private void NotifyIfRelevant(string path)
    {
        if (path.EndsWith(".yaml", StringComparison.Ordinal) || path == _files.Path || Directory.Exists(path))
        {
            NotifyChanged();
        }
    }

    // Timer callbacks must never throw: an exception there would end the process.
    private void CheckSafely()
    {
        try
        {
            Reload(confirmRemovals: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _onRejected(new KnowledgeRejection(_time.GetUtcNow(), KnowledgeReloadOutcome.Rejected, [new KnowledgeError(_files.Path, 1, null, ex.Message)], []));
        }
    }

    private KnowledgeReloadResult Refuse(KnowledgeReloadResult result, string fingerprint)
    {
        _lastRefused = result;
        _lastRefusedFingerprint = fingerprint;
        var rejection = new KnowledgeRejection(_time.GetUtcNow(), result.Outcome, result.Errors, result.RemovedFactIds);
        Volatile.Write(ref _status, _status with { LastRejection = rejection });
        _onRejected(rejection);
        return result;
    }

    private void ClearRefusal()
    {
        _lastRefused = null;
        _lastRefusedFingerprint = null;
        if (_status.LastRejection is not null)
        {
            Volatile.Write(ref _status, _status with { LastRejection = null });
        }
    }

    private static string Fingerprint(IReadOnlyDictionary<string, string> hashes)
    {
        var text = new StringBuilder();
        foreach (var (file, hash) in hashes.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            text.Append(file).Append('\0').Append(hash).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
