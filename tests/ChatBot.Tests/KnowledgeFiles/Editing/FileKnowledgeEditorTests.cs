using ChatBot.Core.Knowledge.Editing;
using ChatBot.KnowledgeFiles.Audit;
using ChatBot.KnowledgeFiles.Editing;
using ChatBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.KnowledgeFiles.Editing;

public sealed class FileKnowledgeEditorTests : IDisposable
{
    private static readonly EditActor Anna = new("discord", "1001", "Anna");
    private static readonly EditActor Ben = new("cli", "ben", "Ben");

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly string _folder;
    private readonly string _file;
    private readonly SqliteKnowledgeAuditLog _audit;
    private readonly FileKnowledgeEditor _editor;
    private readonly string _amazon2025;
    private int _reloads;

    public FileKnowledgeEditorTests()
    {
        _folder = _temp.CopyCuratedKnowledge();
        _file = Path.Combine(_folder, "sources", "frankreich-ki-us-techriesen.yaml");
        _audit = SqliteKnowledgeAuditLog.Open(Path.Combine(_temp.Path, "data"));
        _editor = new FileKnowledgeEditor(_folder, _audit, _time, () => _reloads++);
        _amazon2025 = _editor.Show("amazon-capex-2025")!.Yaml;
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Edit_NewFigure_ChangesOnlyTheFactsBlockByteForByte()
    {
        var before = Snapshot();
        var fact = _editor.Show("amazon-capex-2025")!;

        var result = _editor.Edit(fact.Id, fact.Version, Amazon2025(123), Anna, "typo");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var after = Snapshot();
        Assert.Equal(before[_file].Replace(fact.Yaml, result.Change!.NewYaml, StringComparison.Ordinal), after[_file]);
        Assert.All(before.Keys.Where(f => f != _file), f => Assert.Equal(before[f], after[f]));
        Assert.Contains("    amount: { value: 123, currency: USD, scale: billion, qualifier: more_than }\n", after[_file], StringComparison.Ordinal);
        Assert.Equal(1, _reloads);
    }

    [Fact]
    public void Edit_RecordsActorTimeOldAndNewBlockAndReason()
    {
        var fact = _editor.Show("amazon-capex-2025")!;

        var change = _editor.Edit(fact.Id, fact.Version, Amazon2025(123), Anna, "typo").Change!;

        var recorded = Assert.Single(_editor.History("amazon-capex-2025", 10));
        Assert.Equal(change, recorded);
        Assert.Equal((Anna, _time.GetUtcNow(), KnowledgeChangeAction.Edit, _file, fact.Yaml, "typo"), (recorded.Actor, recorded.At, recorded.Action, recorded.File, recorded.OldYaml, recorded.Reason));
    }

    [Fact]
    public void Edit_SomeoneElseChangedTheFactFirst_RefusesWithWhoWhenAndCurrentValues()
    {
        var opened = _editor.Show("amazon-capex-2025")!;
        var first = _editor.Edit(opened.Id, opened.Version, Amazon2025(123), Anna, null);
        var bytes = File.ReadAllBytes(_file);

        var second = _editor.Edit(opened.Id, opened.Version, Amazon2025(110), Ben, null);

        Assert.True(second.IsConflict);
        Assert.Equal(first.Change!.NewYaml, second.Current!.Yaml);
        Assert.Equal(Anna, second.ConflictingChange!.Actor);
        Assert.Contains("Anna (discord) changed it at 2026-11-30 12:00 UTC", second.Errors[0], StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(_file));
    }

    [Fact]
    public void Edit_HandEditOfAnotherFactMeanwhile_BothSurvive()
    {
        var opened = _editor.Show("amazon-capex-2025")!;
        var text = File.ReadAllText(_file).Replace("Amazon hat im Vorjahr (2024) 83 Mrd. US-Dollar investiert.", "Amazon investierte im Vorjahr (2024) 83 Mrd. US-Dollar.", StringComparison.Ordinal);
        File.WriteAllText(_file, text);

        var result = _editor.Edit(opened.Id, opened.Version, Amazon2025(123), Anna, null);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(text.Replace(opened.Yaml, result.Change!.NewYaml, StringComparison.Ordinal), File.ReadAllText(_file));
    }

    [Fact]
    public void Edit_HandEditOfTheSameFactMeanwhile_IsRefused()
    {
        var opened = _editor.Show("amazon-capex-2025")!;
        File.WriteAllText(_file, File.ReadAllText(_file).Replace("in 2025.\"", "in the year 2025.\"", StringComparison.Ordinal));

        var result = _editor.Edit(opened.Id, opened.Version, Amazon2025(123), Anna, null);

        Assert.True(result.IsConflict);
        Assert.Contains("in the year 2025", result.Current!.Yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("figure not in quote", "value: 100,", "value: 777,", "777")]
    [InlineData("unknown subject", "subject: amazon", "subject: amazonas", "unknown subject 'amazonas'")]
    [InlineData("unknown source", "source: frankreich-ki-us-techriesen", "source: nowhere", "unknown source 'nowhere'")]
    [InlineData("period that does not parse", "period: { year: 2025 }", "period: { year: zwanzig }", "zwanzig")]
    [InlineData("YAML-breaking quote", "quote: \"Dennoch", "quote: \": #\n- id: smuggled\n  x: \"Dennoch", "")]
    [InlineData("id changed", "id: amazon-capex-2025", "id: amazon-capex-2025-b", "id cannot change")]
    public void Edit_BadInput_RefusesWithTheLoadersMessageAndLeavesTheFileAlone(string _, string find, string replace, string expected)
    {
        var before = Snapshot();
        var fact = _editor.Show("amazon-capex-2025")!;

        var result = _editor.Edit(fact.Id, fact.Version, fact.Yaml.Replace(find, replace, StringComparison.Ordinal), Anna, null);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains(expected, StringComparison.Ordinal));
        Assert.Equal(before, Snapshot());
        Assert.Empty(_editor.History(null, 10));
    }

    [Fact]
    public void Add_NewFact_GoesAfterTheLastFactOfItsSourcesFile()
    {
        var before = Snapshot();

        var result = _editor.Add(NewFact, Ben, "from the article");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var after = Snapshot()[_file];
        Assert.StartsWith(before[_file].TrimEnd('\n') + "\n\n  - id: amazon-capex-2025-again\n    subject: amazon\n", after, StringComparison.Ordinal);
        Assert.Equal("amazon-capex-2025-again", _editor.Show("amazon-capex-2025-again")!.Id);
    }

    [Fact]
    public void Add_ExistingId_IsRefused()
    {
        var result = _editor.Add(NewFact.Replace("amazon-capex-2025-again", "amazon-capex-2025", StringComparison.Ordinal), Ben, null);

        Assert.Contains("already exists", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_NothingChanged_IsRefused()
    {
        var fact = _editor.Show("amazon-capex-2025")!;

        var result = _editor.Edit(fact.Id, fact.Version, fact.Yaml, Anna, null);

        Assert.Equal("the fact is unchanged", Assert.Single(result.Errors));
    }

    [Fact]
    public void RemoveThenUndo_RestoresTheFileByteForByte()
    {
        var file = Path.Combine(_folder, "sources", "boltwise-ki-infrastruktur-boom.yaml");
        var original = File.ReadAllBytes(file);
        var fact = _editor.Show("meta-us-infrastructure-until-2028")!;

        var removed = _editor.Remove(fact.Id, fact.Version, Anna, "stale");
        var removedText = File.ReadAllText(file);
        var undone = _editor.Undo(removed.Change!.Id, Ben, null);

        Assert.True(removed.Succeeded && undone.Succeeded, string.Join("; ", removed.Errors.Concat(undone.Errors)));
        Assert.DoesNotContain("meta-us-infrastructure-until-2028", removedText, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(file));
        Assert.Equal((KnowledgeChangeAction.Add, removed.Change.Id), (undone.Change!.Action, undone.Change.UndoOf));
    }

    [Fact]
    public void RemoveThenUndo_FactWithACommentAbove_KeepsTheCommentAndBringsTheFactBack()
    {
        var file = Path.Combine(_folder, "sources", "ki-infrastruktur-ausgaben-155-mrd.yaml");
        var original = File.ReadAllText(file);
        var fact = _editor.Show("eu-ai-act-in-force")!;

        var removed = _editor.Remove(fact.Id, fact.Version, Anna, null);
        var removedText = File.ReadAllText(file);
        _editor.Undo(removed.Change!.Id, Ben, null);

        Assert.Equal(original.Replace(fact.Yaml, "", StringComparison.Ordinal), removedText);
        Assert.Equal(fact.Yaml, _editor.Show("eu-ai-act-in-force")!.Yaml);
        Assert.Contains("  # No amount: a dated statement.\n", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void EditThenUndo_RestoresTheFileByteForByte()
    {
        var original = File.ReadAllBytes(_file);
        var fact = _editor.Show("amazon-capex-2025")!;
        var edit = _editor.Edit(fact.Id, fact.Version, Amazon2025(123), Anna, null);

        var undone = _editor.Undo(edit.Change!.Id, Ben, null);

        Assert.True(undone.Succeeded, string.Join("; ", undone.Errors));
        Assert.Equal(original, File.ReadAllBytes(_file));
        Assert.Equal(2, _editor.History("amazon-capex-2025", 10).Count);
    }

    [Fact]
    public void Undo_FactChangedSince_IsRefused()
    {
        var fact = _editor.Show("amazon-capex-2025")!;
        var first = _editor.Edit(fact.Id, fact.Version, Amazon2025(123), Anna, null);
        var again = _editor.Show("amazon-capex-2025")!;
        _editor.Edit(again.Id, again.Version, Amazon2025(110), Ben, null);

        var undo = _editor.Undo(first.Change!.Id, Anna, null);

        Assert.True(undo.IsConflict);
    }

    [Fact]
    public void Edit_KeepsTheFilesPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(_file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var fact = _editor.Show("amazon-capex-2025")!;

        _editor.Edit(fact.Id, fact.Version, Amazon2025(123), Anna, null);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(_file));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(_file)!, "*.tmp"));
    }

    [Fact]
    public async Task Edit_TwoTasksSameVersion_ExactlyOneWinsTheOtherIsRefused()
    {
        var fact = _editor.Show("amazon-capex-2025")!;
        var other = new FileKnowledgeEditor(_folder, _audit, _time, () => { });

        var results = await Task.WhenAll(
            Task.Run(() => _editor.Edit(fact.Id, fact.Version, Amazon2025(123), Anna, null)),
            Task.Run(() => other.Edit(fact.Id, fact.Version, Amazon2025(110), Ben, null)));

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.IsConflict);
    }

    [Fact]
    public async Task Edit_TwoTasksDifferentFactsOfOneFile_BothChangesAreKept()
    {
        var amazon = _editor.Show("amazon-capex-2025")!;
        var previous = _editor.Show("amazon-capex-2024")!;
        var other = new FileKnowledgeEditor(_folder, _audit, _time, () => { });

        var results = await Task.WhenAll(
            Task.Run(() => _editor.Edit(amazon.Id, amazon.Version, Amazon2025(123), Anna, null)),
            Task.Run(() => other.Edit(previous.Id, previous.Version, previous.Yaml.Replace("(2024) 83 Mrd.", "(2024) 83 Milliarden", StringComparison.Ordinal), Ben, null)));

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("; ", r.Errors)));
        var text = File.ReadAllText(_file);
        Assert.Contains("value: 123,", text, StringComparison.Ordinal);
        Assert.Contains("(2024) 83 Milliarden", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_SingleFileKnowledge_Works()
    {
        var single = _temp.Write("one.yaml", OneFile());
        var editor = new FileKnowledgeEditor(single, _audit, _time, () => { });
        var original = File.ReadAllText(single);
        var fact = editor.Show("amazon-capex-2025")!;

        var result = editor.Edit(fact.Id, fact.Version, Amazon2025(123), Anna, null);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(original.Replace(fact.Yaml, result.Change!.NewYaml, StringComparison.Ordinal), File.ReadAllText(single));
    }

    private const string NewFact = """
        id: amazon-capex-2025-again
        subject: amazon
        kind: capex
        amount: { value: 100, currency: USD, scale: billion, qualifier: more_than }
        period: { year: 2025 }
        statement:
          de: "Amazon plant 2025 Investitionen von über 100 Mrd. US-Dollar."
          en: "Amazon plans investments of more than $100 billion in 2025."
        source: frankreich-ki-us-techriesen
        quote: "Dennoch halten die Tech-Konzerne an ihren Plänen fest: Amazon plant 2025 Investitionen von über 100 Milliarden Dollar, im Vorjahr waren es noch 83 Milliarden Dollar."
        """;

    private string Amazon2025(int value) => _amazon2025
        .Replace("value: 100,", $"value: {value},", StringComparison.Ordinal)
        .Replace("über 100 Mrd.", $"über {value} Mrd.", StringComparison.Ordinal)
        .Replace("than $100 billion", $"than ${value} billion", StringComparison.Ordinal)
        .Replace("über 100 Milliarden", $"über {value} Milliarden", StringComparison.Ordinal);

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_folder, "*.yaml", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

    // The curated knowledge as one file: each list gathered from the folder's files.
    private static string OneFile()
    {
        var files = RepositoryFiles.CuratedKnowledgeTexts().Select(f => f.Text).ToList();
        string List(string key) => string.Concat(files.Select(t => Section(t, key)));
        return $"sources:\n{List("sources")}topics:\n{List("topics")}subjects:\n{List("subjects")}facts:\n{List("facts")}";
    }

    private static string Section(string text, string key)
    {
        var lines = text.Split('\n');
        var start = Array.IndexOf(lines, key + ":");
        if (start < 0)
        {
            return "";
        }

        var end = Array.FindIndex(lines, start + 1, l => l.Length > 0 && l[0] != ' ' && l[0] != '#');
        return string.Join('\n', lines[(start + 1)..(end < 0 ? lines.Length : end)]) + "\n";
    }
}
