using System.Text;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.KnowledgeFiles.Editing;

/// <summary>
/// Edits the knowledge files: under the write lock it reads the files as they are now, changes only the fact's own
/// block, validates the whole knowledge as it would be, writes atomically, records the change and reloads.
/// </summary>
internal sealed class FileKnowledgeEditor(
    string knowledgePath, IKnowledgeAuditLog audit, TimeProvider time, Action<KnowledgeFileSetLoad> afterWrite, Func<string, string?>? readArticle = null)
    : IKnowledgeEditor
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly KnowledgeFileSet _files = new(knowledgePath);
    private readonly Lock _gate = new();
    private bool _dryRun;

    public FactSnapshot? Show(string factId)
    {
        lock (_gate)
        {
            var state = _files.Load();
            return Locate(state, factId) is { } fact ? Snapshot(fact, ReadText(fact.File).Text) : null;
        }
    }

    public IReadOnlyList<KnowledgeChange> History(string? factId, int limit)
    {
        // A change whose completion failed is history too: settle it before showing history (and before undoing it).
        Reconcile();

        return audit.History(factId, limit);
    }

    /// <summary>
    /// Settles changes begun but never completed (a crash or a failing audit store between recording and writing):
    /// done when the file holds the change's new text, abandoned when it does not. Runs under the write lock, so no
    /// writer is between its two steps.
    /// </summary>
    public void Reconcile()
    {
        // Only a pending change needs the lock: a start with nothing to settle leaves the knowledge folder untouched.
        if (audit.Pending().Count > 0)
        {
            Locked(_ => KnowledgeEditResult.Failed());
        }
    }

    public KnowledgeEditResult Add(string yaml, EditActor actor, string? reason) =>
        Locked(state => AddLocked(state, yaml, actor, reason, undoOf: null, file: null));

    public KnowledgeEditResult Edit(string factId, string baseVersion, string yaml, EditActor actor, string? reason) =>
        Locked(state => EditLocked(state, factId, baseVersion, yaml, actor, reason, undoOf: null));

    public KnowledgeEditResult Preview(string? factId, string? baseVersion, string yaml, EditActor actor) => Locked(state =>
    {
        _dryRun = true;
        try
        {
            return factId is null
                ? AddLocked(state, yaml, actor, null, undoOf: null, file: null)
                : EditLocked(state, factId, baseVersion ?? "", yaml, actor, null, undoOf: null);
        }
        finally
        {
            _dryRun = false;
        }
    });

    public KnowledgeEditResult Remove(string factId, string baseVersion, EditActor actor, string? reason) =>
        Locked(state => RemoveLocked(state, factId, baseVersion, actor, reason, undoOf: null));

    public KnowledgeEditResult Undo(long changeId, EditActor actor, string? reason) => Locked(state =>
    {
        if (audit.Find(changeId) is not { } change)
        {
            return KnowledgeEditResult.Failed($"there is no change #{changeId}");
        }

        return change.Action switch
        {
            KnowledgeChangeAction.Add => RemoveLocked(state, change.FactId, FactBlocks.Version(change.NewYaml!), actor, reason, change.Id),
            KnowledgeChangeAction.Remove => AddLocked(state, change.OldYaml!, actor, reason, change.Id, change.File),
            _ => EditLocked(state, change.FactId, FactBlocks.Version(change.NewYaml!), change.OldYaml!, actor, reason, change.Id),
        };
    });

    private KnowledgeEditResult Locked(Func<KnowledgeFileSetLoad, KnowledgeEditResult> edit)
    {
        lock (_gate)
        {
            using var writeLock = KnowledgeWriteLock.Acquire(knowledgePath, LockTimeout, time);
            if (writeLock is null)
            {
                return KnowledgeEditResult.Failed("another edit of the knowledge is in progress; try again in a moment");
            }

            try
            {
                var state = _files.Load();
                ReconcileLocked(state);
                return edit(state);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return KnowledgeEditResult.Failed($"cannot read or write the knowledge: {ex.Message}");
            }
        }
    }

    private KnowledgeEditResult AddLocked(KnowledgeFileSetLoad state, string yaml, EditActor actor, string? reason, long? undoOf, string? file)
    {
        var alone = KnowledgeLoader.ReadPart("facts:\n" + (FactBlocks.AsListItem(yaml, 2, "\n") ?? ""), "the new fact");
        if (alone.Errors.Count > 0 || alone.Facts.Count != 1)
        {
            return alone.Errors.Count > 0
                ? new KnowledgeEditResult(null, [.. alone.Errors.Select(e => e.Message)])
                : KnowledgeEditResult.Failed("the YAML must describe exactly one fact");
        }

        var fact = alone.Facts[0];
        if (Locate(state, fact.Id) is { } existing)
        {
            return KnowledgeEditResult.Failed($"fact id '{fact.Id}' already exists ({existing.File}:{existing.Line})");
        }

        file ??= state.Parts.FirstOrDefault(p => p.SourceIds.Contains(fact.SourceId))?.File ?? (Directory.Exists(knowledgePath) ? null : knowledgePath);
        if (file is null)
        {
            return KnowledgeEditResult.Failed($"unknown source '{fact.SourceId}': add the source first (knowledge/sources/{fact.SourceId}.yaml)");
        }

        var (text, bom) = ReadText(file);
        var part = state.Parts.First(p => p.File == file);
        var newline = FactBlocks.NewlineOf(text);
        string block, updated;
        if (part.Facts.Count > 0)
        {
            var last = part.Facts.MaxBy(f => f.Line)!;
            var (_, end) = FactBlocks.Find(text, last.Line);
            block = FactBlocks.AsListItem(yaml, FactBlocks.ItemIndent(text, last.Line), newline)!;
            var before = text[..end];
            var separator = before.EndsWith('\n') ? newline : newline + newline;
            updated = before + separator + block + text[end..];
        }
        else
        {
            block = FactBlocks.AsListItem(yaml, 2, newline)!;
            var tail = text.Length == 0 || text.EndsWith('\n') ? "" : newline;
            updated = text + tail + newline + "facts:" + newline + block;
        }

        return Commit(state, part, updated, bom, [.. part.Facts.Select(f => f.Id), fact.Id],
            new KnowledgeChange(0, time.GetUtcNow(), actor, KnowledgeChangeAction.Add, fact.Id, file, null, block, reason, undoOf));
    }

    private KnowledgeEditResult EditLocked(KnowledgeFileSetLoad state, string factId, string baseVersion, string yaml, EditActor actor, string? reason, long? undoOf)
    {
        if (Locate(state, factId) is not { } fact)
        {
            return KnowledgeEditResult.Failed($"unknown fact id '{factId}'");
        }

        var (text, bom) = ReadText(fact.File);
        var (start, end) = FactBlocks.Find(text, fact.Line);
        var old = text[start..end];
        if (FactBlocks.Version(old) != baseVersion)
        {
            return Conflict(fact, text);
        }

        var block = FactBlocks.AsListItem(yaml, FactBlocks.ItemIndent(text, fact.Line), FactBlocks.NewlineOf(text));
        if (block is null || block == old)
        {
            return KnowledgeEditResult.Failed(block is null ? "the new fact is empty" : "the fact is unchanged");
        }

        var part = state.Parts.First(p => p.File == fact.File);
        return Commit(state, part, text[..start] + block + text[end..], bom, [.. part.Facts.Select(f => f.Id)],
            new KnowledgeChange(0, time.GetUtcNow(), actor, KnowledgeChangeAction.Edit, factId, fact.File, old, block, reason, undoOf));
    }

    private KnowledgeEditResult RemoveLocked(KnowledgeFileSetLoad state, string factId, string baseVersion, EditActor actor, string? reason, long? undoOf)
    {
        if (Locate(state, factId) is not { } fact)
        {
            return KnowledgeEditResult.Failed($"unknown fact id '{factId}'");
        }

        var (text, bom) = ReadText(fact.File);
        var (start, end) = FactBlocks.Find(text, fact.Line);
        var old = text[start..end];
        if (FactBlocks.Version(old) != baseVersion)
        {
            return Conflict(fact, text);
        }

        // The blank line that separated the block from the previous one goes with it, so no double gap is left.
        var newline = FactBlocks.NewlineOf(text);
        var after = text[end..];
        if (text[..start].EndsWith(newline + newline, StringComparison.Ordinal) && (after.Length == 0 || after.StartsWith(newline, StringComparison.Ordinal)))
        {
            start -= newline.Length;
        }

        var part = state.Parts.First(p => p.File == fact.File);
        return Commit(state, part, text[..start] + after, bom, [.. part.Facts.Select(f => f.Id).Where(id => id != factId)],
            new KnowledgeChange(0, time.GetUtcNow(), actor, KnowledgeChangeAction.Remove, factId, fact.File, old, null, reason, undoOf));
    }

    /// <summary>Validates the knowledge as it would be with the file's new text, then writes, records and reloads.</summary>
    private KnowledgeEditResult Commit(KnowledgeFileSetLoad state, KnowledgeFilePart part, string text, bool bom, IReadOnlyList<string> expectedFactIds, KnowledgeChange change)
    {
        var changed = KnowledgeLoader.ReadPart(text, part.File, partOfFolder: Directory.Exists(knowledgePath));
        if (changed.Errors.Count > 0)
        {
            return new KnowledgeEditResult(null, [.. changed.Errors.Select(Describe)]);
        }

        // Text that closes the fact's block and opens others (a quote with ": #\n- id:") must not smuggle in more.
        if (!changed.Facts.Select(f => f.Id).Order(StringComparer.Ordinal).SequenceEqual(expectedFactIds.Order(StringComparer.Ordinal))
            || !changed.SourceIds.SequenceEqual(part.SourceIds) || !changed.SubjectIds.SequenceEqual(part.SubjectIds) || !changed.TopicIds.SequenceEqual(part.TopicIds))
        {
            return KnowledgeEditResult.Failed(change.Action == KnowledgeChangeAction.Edit && !expectedFactIds.Contains(IdIn(changed, part))
                ? "a fact's id cannot change: add a new fact and remove this one"
                : "the YAML must describe exactly one fact and nothing else");
        }

        var merged = KnowledgeLoader.Merge([.. state.Parts.Select(p => p.File == part.File ? changed : p)], knowledgePath);
        if (!merged.Succeeded)
        {
            return new KnowledgeEditResult(null, [.. merged.Errors.Select(Describe)]);
        }

        if (QuoteProblems(merged.Knowledge!, changed, change) is { Count: > 0 } problems)
        {
            return new KnowledgeEditResult(null, problems);
        }

        if (_dryRun)
        {
            return new KnowledgeEditResult(change, []);
        }

        // The intent is recorded before the file changes and completed after: whatever fails in between, the next
        // write or start finds the pending record and settles it by what the file holds (Reconcile).
        KnowledgeChange recorded;
        try
        {
            recorded = audit.Begin(change);
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            return KnowledgeEditResult.Failed($"the change cannot be recorded in the audit log, so nothing was written: {ex.Message}");
        }

        byte[] bytes = [.. (bom ? Utf8.GetPreamble() : []), .. Utf8.GetBytes(text)];
        try
        {
            AtomicFile.Write(part.File, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryAudit(() => audit.Abandon(recorded.Id));
            throw;
        }

        TryAudit(() => audit.Complete(recorded.Id));

        // The knowledge just validated is what is on disk now: hand it over rather than have it read and checked again.
        var hashes = new Dictionary<string, string>(state.Hashes, StringComparer.Ordinal) { [part.File] = KnowledgeFileSet.HashOf(bytes) };
        afterWrite(new KnowledgeFileSetLoad(() => merged, [.. state.Parts.Select(p => p.File == part.File ? changed : p)], hashes, [part.File]));
        return new KnowledgeEditResult(recorded, []);
    }

    private void ReconcileLocked(KnowledgeFileSetLoad state)
    {
        IReadOnlyList<KnowledgeChange> pending;
        try
        {
            pending = audit.Pending();
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            return;
        }

        foreach (var change in pending)
        {
            var fact = Locate(state, change.FactId);
            var now = fact is null || fact.File != change.File ? null : Snapshot(fact, ReadText(fact.File).Text).Yaml;
            var written = now is null ? change.NewYaml is null : change.NewYaml is not null && FactBlocks.Version(now) == FactBlocks.Version(change.NewYaml);
            TryAudit(() =>
            {
                if (written)
                {
                    audit.Complete(change.Id);
                }
                else
                {
                    audit.Abandon(change.Id);
                }
            });
        }
    }

    // A store that fails after the file was written leaves the record pending; Reconcile completes it later.
    private static void TryAudit(Action step)
    {
        try
        {
            step();
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            // Settled by the next Reconcile.
        }
    }

    private static bool IsStoreFailure(Exception ex) =>
        ex is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException;

    // When the article's text is at hand, the new quote must be in it verbatim, as check-quotes requires.
    private List<string> QuoteProblems(KnowledgeBase knowledge, KnowledgeFilePart part, KnowledgeChange change)
    {
        if (readArticle is null || change.Action == KnowledgeChangeAction.Remove
            || part.Facts.FirstOrDefault(f => f.Id == change.FactId) is not { } fact
            || knowledge.FindSource(fact.SourceId) is not { File: { } file } source
            || readArticle(file) is null)
        {
            return [];
        }

        var alone = new KnowledgeBase([source], [], [], [fact], knowledgePath);
        return [.. QuoteChecker.Check(alone, readArticle).Select(m => $"{fact.File}:{m.Line}: fact '{m.FactId}': {m.Message}")];
    }

    private static string IdIn(KnowledgeFilePart changed, KnowledgeFilePart before) =>
        changed.Facts.Select(f => f.Id).Except(before.Facts.Select(f => f.Id)).FirstOrDefault() ?? "";

    private KnowledgeEditResult Conflict(Fact fact, string text)
    {
        var last = audit.History(fact.Id, 1).FirstOrDefault();
        var who = last is null ? "it was changed in the file" : $"{last.Actor} changed it at {last.At:yyyy-MM-dd HH:mm} UTC";
        return new KnowledgeEditResult(null, [$"fact '{fact.Id}' changed since you opened it ({who}); nothing was written, check its current values"],
            Snapshot(fact, text), last);
    }

    private static Fact? Locate(KnowledgeFileSetLoad state, string factId) =>
        state.Parts.SelectMany(p => p.Facts).FirstOrDefault(f => f.Id == factId);

    private static FactSnapshot Snapshot(Fact fact, string text)
    {
        var (start, end) = FactBlocks.Find(text, fact.Line);
        var block = text[start..end];
        return new FactSnapshot(fact.Id, fact.File, fact.Line, block, FactBlocks.Version(block));
    }

    private static (string Text, bool Bom) ReadText(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var bom = bytes.AsSpan().StartsWith(Utf8.GetPreamble());
        return (KnowledgeFileSet.Decode(bytes), bom);
    }

    private static string Describe(KnowledgeError error) => error.ToString();
}
