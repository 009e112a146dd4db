using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.KnowledgeFiles;
using ChatBot.KnowledgeFiles.Audit;
using ChatBot.KnowledgeFiles.Editing;
using ChatBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.KnowledgeFiles.Audit;

public sealed class HandEditRecorderTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly string _file;
    private readonly SqliteKnowledgeAuditLog _audit;
    private readonly ReloadingKnowledgeProvider _provider;
    private readonly FileKnowledgeEditor _editor;

    public HandEditRecorderTests()
    {
        var folder = _temp.CopyCuratedKnowledge();
        _file = Path.Combine(folder, "sources", "frankreich-ki-us-techriesen.yaml");
        _audit = SqliteKnowledgeAuditLog.Open(Path.Combine(_temp.Path, "data"));
        _provider = ReloadingKnowledgeProvider.Open(folder, _time, new KnowledgeReloadOptions(), _ => { }).Provider!;
        _provider.Changed += new HandEditRecorder(_audit, _time, folder).OnChanged;
        _editor = new FileKnowledgeEditor(folder, _audit, _time, written => _provider.Install(written));
    }

    public void Dispose()
    {
        _provider.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void HandEdit_PickedUpByTheReload_IsRecordedAsFileWithOldAndNewBlock()
    {
        var before = _editor.Show("amazon-capex-2024")!;
        File.WriteAllText(_file, File.ReadAllText(_file).Replace("(2024) 83 Mrd.", "(2024) 83 Milliarden", StringComparison.Ordinal));

        _provider.Reload(confirmRemovals: false);

        var change = Assert.Single(_audit.History(null, 10));
        Assert.Equal((EditActor.File, KnowledgeChangeAction.Edit, "amazon-capex-2024", before.Yaml), (change.Actor, change.Action, change.FactId, change.OldYaml));
        Assert.Equal(_editor.Show("amazon-capex-2024")!.Yaml, change.NewYaml);
    }

    [Fact]
    public void EditorChange_ReloadedInPlace_IsRecordedOnlyOnce()
    {
        var fact = _editor.Show("amazon-capex-2024")!;

        var result = _editor.Edit(fact.Id, fact.Version, fact.Yaml.Replace("(2024) 83 Mrd.", "(2024) 83 Milliarden", StringComparison.Ordinal), new EditActor("discord", "1", "Anna"), null);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("Anna", Assert.Single(_audit.History(null, 10)).Actor.DisplayName);
        Assert.Contains("83 Milliarden", _provider.Current.FindFact("amazon-capex-2024")!.Statement.In(Language.German), StringComparison.Ordinal);
    }

    [Fact]
    public void EditorChange_HandedToTheProvider_MatchesWhatIsOnDisk()
    {
        var fact = _editor.Show("amazon-capex-2024")!;

        _editor.Edit(fact.Id, fact.Version, fact.Yaml.Replace("(2024) 83 Mrd.", "(2024) 83 Milliarden", StringComparison.Ordinal), new EditActor("discord", "1", "Anna"), null);
        var reread = _provider.Reload(confirmRemovals: false);

        Assert.Equal(2, _provider.Status.Version);
        Assert.Equal(KnowledgeReloadOutcome.Unchanged, reread.Outcome);
    }

    [Fact]
    public void HandRemoval_IsRecordedAsRemove()
    {
        var fact = _editor.Show("amazon-capex-2024")!;
        File.WriteAllText(_file, File.ReadAllText(_file).Replace(fact.Yaml, "", StringComparison.Ordinal));

        _provider.Reload(confirmRemovals: false);

        var change = Assert.Single(_audit.History("amazon-capex-2024", 10));
        Assert.Equal((KnowledgeChangeAction.Remove, fact.Yaml, (string?)null), (change.Action, change.OldYaml, change.NewYaml));
    }

    [Fact]
    public void FileRenamed_IsNoChangeOfItsFacts()
    {
        var renamed = Path.Combine(Path.GetDirectoryName(_file)!, "renamed.yaml");

        File.Move(_file, renamed);
        var reload = _provider.Reload(confirmRemovals: false);

        // Recorded per file, a rename once left every fact of the file with "remove" as its last record.
        Assert.True(reload.Outcome is KnowledgeReloadOutcome.Loaded, reload.Outcome.ToString());
        Assert.Empty(_audit.History(null, 100));
        Assert.NotNull(_provider.Current.FindFact("amazon-capex-2024"));
    }

    [Fact]
    public void FactMovedToAnotherFile_IsNoChangeAndShownInItsNewFile()
    {
        var fact = _editor.Show("amazon-capex-2024")!;
        var other = Path.Combine(Path.GetDirectoryName(_file)!, "boltwise-ki-infrastruktur-boom.yaml");
        File.WriteAllText(_file, File.ReadAllText(_file).Replace(fact.Yaml, "", StringComparison.Ordinal));
        File.WriteAllText(other, File.ReadAllText(other).TrimEnd('\n') + "\n" + fact.Yaml);

        var reload = _provider.Reload(confirmRemovals: false);

        Assert.True(reload.Outcome is KnowledgeReloadOutcome.Loaded, reload.Outcome.ToString());
        Assert.Empty(_audit.History("amazon-capex-2024", 10));
        Assert.Equal(other, _editor.Show("amazon-capex-2024")!.File);
    }
}
