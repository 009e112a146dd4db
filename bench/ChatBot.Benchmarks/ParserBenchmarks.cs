using BenchmarkDotNet.Attributes;
using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Benchmarks;

/// <summary>
/// The hand-written YAML parser against YamlDotNet on the generated 100,000-fact folder (1,002 files), parse only:
/// the measurement behind keeping or removing the hand parser now that knowledge is loaded per file.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.Combine(Path.GetTempPath(), "chatbot-parse-" + Guid.NewGuid().ToString("N"));
        SyntheticKnowledgeFolder.Write(root);
        _texts = [.. Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).Select(File.ReadAllText)];
        Directory.Delete(root, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int HandParser() => _texts.Count(text => FastYamlParser.TryParse(text, out _));

    [Benchmark]
    public int YamlDotNet() => _texts.Count(text => YamlDotNetFallback.Parse(text).Error is null);
}
