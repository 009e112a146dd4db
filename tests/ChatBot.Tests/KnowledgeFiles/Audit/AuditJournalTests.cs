using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.KnowledgeFiles;
using ChatBot.KnowledgeFiles.Audit;
using ChatBot.KnowledgeFiles.Editing;
using ChatBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.KnowledgeFiles.Audit;

/// <summary>
/// The write path and the audit log stay consistent when the store fails at the worst moments: before the file write
/// (nothing is written), after it (the pending record is completed by the next write, history or start, and undo works).
/// </summary>
public sealed class AuditJournalTests : IDisposable
{
    private const string FactId = "amazon-capex-2024";
    private static readonly EditActor Anna = new("discord", "1", "Anna");
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly string _folder;
    private readonly string _file;
    private readonly FailingAuditLog _audit;

    public AuditJournalTests()
    {
        _folder = _temp.CopyCuratedKnowledge();
        _file = Path.Combine(_folder, "sources", "frankreich-ki-us-techriesen.yaml");
        _audit = new FailingAuditLog(SqliteKnowledgeAuditLog.Open(Path.Combine(_temp.Path, "data")));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Edit_AuditFailsBeforeTheWrite_RefusesAndLeavesTheFileByteIdentical()
    {
        var editor = Editor();
        var before = File.ReadAllBytes(_file);
        _audit.FailOn = nameof(IKnowledgeAuditLog.Begin);

        var result = EditFigure(editor);

        Assert.False(result.Succeeded);
        Assert.Contains("cannot be recorded in the audit log, so nothing was written", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_file));
        Assert.Empty(_audit.Inner.History(null, 10));
    }

    [Fact]
    public void Edit_AuditFailsAfterTheWrite_HistoryStillShowsItAndUndoRestoresTheFile()
    {
        var editor = Editor();
        var before = File.ReadAllBytes(_file);
        _audit.FailOn = nameof(IKnowledgeAuditLog.Complete);

        var result = EditFigure(editor);
        _audit.FailOn = null;
        var pendingRightAfter = _audit.Inner.Pending().Count;
        var history = editor.History(FactId, 10);
        var undo = editor.Undo(history[0].Id, Anna, "wrong");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(1, pendingRightAfter);
        Assert.Equal(result.Change!.Id, Assert.Single(history).Id);
        Assert.True(undo.Succeeded, string.Join("; ", undo.Errors));
        Assert.Equal(before, File.ReadAllBytes(_file));
        Assert.Empty(_audit.Inner.Pending());
    }

    [Fact]
    public void CrashBetweenRecordAndWrite_NextStartAbandonsTheRecordAndHistoryStaysTrue()
    {
        var fact = Editor().Show(FactId)!;
        _audit.Inner.Begin(new KnowledgeChange(0, _time.GetUtcNow(), Anna, KnowledgeChangeAction.Edit, FactId, fact.File, fact.Yaml, fact.Yaml.Replace("83", "84", StringComparison.Ordinal), null, null));

        Editor().Reconcile();

        Assert.Empty(_audit.Inner.Pending());
        Assert.Empty(_audit.Inner.History(null, 10));
    }

    [Fact]
    public void CrashAfterTheWrite_NextStartCompletesTheRecord()
    {
        var editor = Editor();
        _audit.FailOn = nameof(IKnowledgeAuditLog.Complete);
        var result = EditFigure(editor);
        _audit.FailOn = null;

        Editor().Reconcile();

        Assert.Equal(result.Change!.Id, Assert.Single(_audit.Inner.History(FactId, 10)).Id);
    }

    [Fact]
    public void HandEditRecorder_TwoProcessesWatchingOneFolder_RecordTheHandEditOnce()
    {
        var provider = new ReloadingKnowledgeProvider[2];
        for (var i = 0; i < provider.Length; i++)
        {
            provider[i] = ReloadingKnowledgeProvider.Open(_folder, _time, new KnowledgeReloadOptions(), _ => { }).Provider!;
            // Each "process" opens the shared database on its own, as two bot processes would.
            provider[i].Changed += new HandEditRecorder(SqliteKnowledgeAuditLog.Open(Path.Combine(_temp.Path, "data")), _time, _folder).OnChanged;
        }

        File.WriteAllText(_file, File.ReadAllText(_file).Replace("(2024) 83 Mrd.", "(2024) 83 Milliarden", StringComparison.Ordinal));
        Parallel.ForEach(provider, p => p.Reload(confirmRemovals: false));

        Assert.Equal(EditActor.File, Assert.Single(_audit.Inner.History(null, 10)).Actor);
        Array.ForEach(provider, p => p.Dispose());
    }

    [Fact]
    public void HandEditRecorder_WriteStillPending_DoesNotRecordTheWritePathsChangeAsAHandEdit()
    {
        var provider = ReloadingKnowledgeProvider.Open(_folder, _time, new KnowledgeReloadOptions(), _ => { }).Provider!;
        provider.Changed += new HandEditRecorder(_audit.Inner, _time, _folder).OnChanged;
        _audit.FailOn = nameof(IKnowledgeAuditLog.Complete);
        EditFigure(Editor());

        provider.Reload(confirmRemovals: false);

        Assert.DoesNotContain(_audit.Inner.History(null, 10), c => c.Actor == EditActor.File);
        provider.Dispose();
    }

    private FileKnowledgeEditor Editor() => new(_folder, _audit, _time, _ => { });

    private static KnowledgeEditResult EditFigure(FileKnowledgeEditor editor)
    {
        var fact = editor.Show(FactId)!;
        return editor.Edit(fact.Id, fact.Version, fact.Yaml.Replace("(2024) 83 Mrd.", "(2024) 83 Milliarden", StringComparison.Ordinal), Anna, null);
    }

    /// <summary>The real store, failing at the step the test names.</summary>
    private sealed class FailingAuditLog(SqliteKnowledgeAuditLog inner) : IKnowledgeAuditLog
    {
        public SqliteKnowledgeAuditLog Inner { get; } = inner;

        public string? FailOn { get; set; }

        public KnowledgeChange Append(KnowledgeChange change) => Step(nameof(Append), () => Inner.Append(change));

        public KnowledgeChange? Find(long id) => Inner.Find(id);

        public IReadOnlyList<KnowledgeChange> History(string? factId, int limit) => Inner.History(factId, limit);

        public int Count(string factId) => Inner.Count(factId);

        public KnowledgeChange Begin(KnowledgeChange change) => Step(nameof(Begin), () => Inner.Begin(change));

        public void Complete(long id) => Step(nameof(Complete), () => { Inner.Complete(id); return 0; });

        public void Abandon(long id) => Step(nameof(Abandon), () => { Inner.Abandon(id); return 0; });

        public IReadOnlyList<KnowledgeChange> Pending() => Inner.Pending();

        public bool AppendUnlessRecorded(KnowledgeChange change) => Step(nameof(AppendUnlessRecorded), () => Inner.AppendUnlessRecorded(change));

        private T Step<T>(string name, Func<T> step) => FailOn == name ? throw new IOException($"audit store failed at {name}") : step();
    }
}
