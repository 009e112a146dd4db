using BenchmarkDotNet.Attributes;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.Core.Understanding;
using ChatBot.KnowledgeFiles;
using ChatBot.KnowledgeFiles.Audit;
using ChatBot.KnowledgeFiles.Editing;

namespace ChatBot.Benchmarks;

/// <summary>
/// A moderator's edit round trip: validate the whole knowledge as it would be, write the fact's block atomically,
/// record it, reload in place, and answer the next question with the new figure. Plus a cold load of the folder.
/// </summary>
[MemoryDiagnoser]
public class EditBenchmarks
{
    private static readonly EditActor Bench = new("bench", "bench", "bench");
    private string _root = "";
    private ReloadingKnowledgeProvider _provider = null!;
    private FileKnowledgeEditor _editor = null!;
    private AnswerEngine _engine = null!;
    private string _factId = "";
    private string _question = "";
    private string _original = "";
    private string _version = "";
    private string _from = "";
    private int _value;

    [Params("curated", "generated-100k")]
    public string Knowledge { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "chatbot-bench-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(_root, "knowledge");
        if (Knowledge == "curated")
        {
            foreach (var file in Directory.EnumerateFiles(KnowledgePaths.Curated, "*.yaml", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(folder, Path.GetRelativePath(KnowledgePaths.Curated, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }

            (_factId, _question, _from) = ("amazon-capex-2025", "How much does Amazon invest in 2025?", "100");
        }
        else
        {
            SyntheticKnowledgeFolder.Write(folder);
            _factId = "fact-99950";
            (_question, _from) = (null!, "");
        }

        _provider = ReloadingKnowledgeProvider.Open(folder, TimeProvider.System, new KnowledgeReloadOptions(), _ => { }).Provider!;
        _editor = new FileKnowledgeEditor(folder, SqliteKnowledgeAuditLog.Open(Path.Combine(_root, "data")), TimeProvider.System, written => _provider.Install(written));
        _engine = new AnswerEngine(_provider, new QuestionParser(TimeProvider.System));
        (_original, _version) = (_editor.Show(_factId)!.Yaml, _editor.Show(_factId)!.Version);
        if (Knowledge != "curated")
        {
            var fact = _provider.Current.FindFact(_factId)!;
            _from = ((int)fact.Amount!.Min).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _question = $"How much does {_provider.Current.FindSubject(fact.SubjectId)!.Name.In(Language.English)} invest in {fact.Period.Year}?";
        }

        _value = int.Parse(_from, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _provider.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Benchmark]
    public string EditRoundTrip()
    {
        var next = _value == int.Parse(_from, System.Globalization.CultureInfo.InvariantCulture) ? _value + 1 : int.Parse(_from, System.Globalization.CultureInfo.InvariantCulture);
        // The version comes with the moderator's form (here: from the previous edit), as in production.
        var yaml = _original.Replace(_from, next.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var result = _editor.Edit(_factId, _version, yaml, Bench, null);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors));
        }

        _value = next;
        _version = FactBlocks.Version(result.Change!.NewYaml!);
        var answer = PlainTextRenderer.Render(_engine.Ask(_question));
        return answer.Contains(next.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            ? answer
            : throw new InvalidOperationException($"the answer does not show {next}: {answer}");
    }

    [Benchmark]
    public int ColdFolderLoad() => new KnowledgeFileSet(Path.Combine(_root, "knowledge")).Load().Result.Knowledge!.Facts.Count;
}
