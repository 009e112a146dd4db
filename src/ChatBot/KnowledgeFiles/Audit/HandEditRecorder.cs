using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.KnowledgeFiles.Editing;

namespace ChatBot.KnowledgeFiles.Audit;

/// <summary>
/// Records edits made to the files by hand (an editor, git) when the reload takes them in force, with the actor
/// "file", so the history of every fact is complete. Changes the write path made are already recorded (pending or
/// done), and another process watching the same folder may have recorded the hand edit first: a fact whose latest
/// record already ends in the file's text is skipped, atomically in the audit store.
/// </summary>
internal sealed class HandEditRecorder
{
    private readonly Lazy<IKnowledgeAuditLog> _audit;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public HandEditRecorder(IKnowledgeAuditLog audit, TimeProvider time, string knowledgePath)
        : this(() => audit, time, knowledgePath)
    {
    }

    /// <summary>Opens the audit log only when the first hand edit is recorded, so watching alone never creates the data directory.</summary>
    public HandEditRecorder(Func<IKnowledgeAuditLog> audit, TimeProvider time, string knowledgePath)
    {
        _audit = new Lazy<IKnowledgeAuditLog>(audit);
        _time = time;
        foreach (var file in KnowledgeFolder.Files(knowledgePath))
        {
            _texts[file] = Read(file) ?? "";
        }
    }

    public void OnChanged(KnowledgeBase previous, KnowledgeBase next, IReadOnlyList<string> files)
    {
        lock (_gate)
        {
            // Facts are compared by id across all changed files at once: a fact moved to another file (or a file
            // renamed) is the same fact, not a removal from one file and an addition to another. Recorded per file,
            // a rename left "removed" as the last record of facts still served, and undoing the "addition" deleted them.
            var before = new Dictionary<string, (string File, string Yaml)>(StringComparer.Ordinal);
            var after = new Dictionary<string, (string File, string Yaml)>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var newText = Read(file);
                Collect(before, previous, file, _texts.GetValueOrDefault(file, ""));
                Collect(after, next, file, newText ?? "");
                if (newText is null)
                {
                    _texts.Remove(file);
                }
                else
                {
                    _texts[file] = newText;
                }
            }

            foreach (var id in before.Keys.Union(after.Keys))
            {
                var old = before.TryGetValue(id, out var o) ? o : default;
                var now = after.TryGetValue(id, out var n) ? n : default;
                Record(id, now.File ?? old.File, old.Yaml, now.Yaml);
            }
        }
    }

    private static void Collect(Dictionary<string, (string File, string Yaml)> blocks, KnowledgeBase knowledge, string file, string text)
    {
        foreach (var (id, yaml) in Blocks(knowledge, file, text))
        {
            blocks[id] = (file, yaml);
        }
    }

    private void Record(string factId, string file, string? oldYaml, string? newYaml)
    {
        if (oldYaml == newYaml)
        {
            return;
        }

        var action = (oldYaml, newYaml) switch
        {
            (null, _) => KnowledgeChangeAction.Add,
            (_, null) => KnowledgeChangeAction.Remove,
            _ => KnowledgeChangeAction.Edit,
        };
        _audit.Value.AppendUnlessRecorded(new KnowledgeChange(0, _time.GetUtcNow(), EditActor.File, action, factId, file, oldYaml, newYaml, null, null));
    }

    private static Dictionary<string, string> Blocks(KnowledgeBase knowledge, string file, string text)
    {
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fact in knowledge.Facts.Where(f => f.File == file))
        {
            var (start, end) = FactBlocks.Find(text, fact.Line);
            blocks[fact.Id] = text[start..end];
        }

        return blocks;
    }

    private static string? Read(string file)
    {
        try
        {
            return File.Exists(file) ? KnowledgeFileSet.Decode(File.ReadAllBytes(file)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
