using ChatBot.Cli;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.KnowledgeFiles;
using ChatBot.KnowledgeFiles.Audit;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary>The console chat watches the knowledge as serve does, so hand edits it picks up are in the audit log too.</summary>
public sealed class ChatHandEditAuditTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Create_RecordingHandEdits_RecordsAHandEditOnReloadAndCreatesNoDataBeforeIt()
    {
        var folder = _temp.CopyCuratedKnowledge();
        var file = Path.Combine(folder, "sources", "frankreich-ki-us-techriesen.yaml");
        var context = new CliContext(new StringReader(""), new StringWriter(), new StringWriter(), _temp.Path, TimeProvider.System);
        var (_, _, knowledge) = EngineFactory.Create(context, folder, recordHandEdits: true);
        var dataBefore = Directory.Exists(Path.Combine(_temp.Path, DataDirectory.Default));

        File.WriteAllText(file, File.ReadAllText(file).Replace("(2024) 83 Mrd.", "(2024) 83 Milliarden", StringComparison.Ordinal));
        ((ReloadingKnowledgeProvider)knowledge!).Reload(confirmRemovals: false);

        Assert.False(dataBefore);
        var change = Assert.Single(SqliteKnowledgeAuditLog.Open(Path.Combine(_temp.Path, DataDirectory.Default)).History(null, 10));
        Assert.Equal((EditActor.File, "amazon-capex-2024"), (change.Actor, change.FactId));
    }

    [Fact]
    public void Create_ForAsk_RecordsNothing()
    {
        var folder = _temp.CopyCuratedKnowledge();
        var file = Path.Combine(folder, "sources", "frankreich-ki-us-techriesen.yaml");
        var context = new CliContext(new StringReader(""), new StringWriter(), new StringWriter(), _temp.Path, TimeProvider.System);
        var (_, _, knowledge) = EngineFactory.Create(context, folder);

        File.WriteAllText(file, File.ReadAllText(file).Replace("(2024) 83 Mrd.", "(2024) 83 Milliarden", StringComparison.Ordinal));
        ((ReloadingKnowledgeProvider)knowledge!).Reload(confirmRemovals: false);

        Assert.False(Directory.Exists(Path.Combine(_temp.Path, DataDirectory.Default)));
    }
}
