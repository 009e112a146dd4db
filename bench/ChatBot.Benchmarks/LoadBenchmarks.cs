using BenchmarkDotNet.Attributes;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Benchmarks;

/// <summary>Time and memory to parse and validate a knowledge file into a snapshot.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private IReadOnlyList<KnowledgeFileText> _curated = [];
    private string _synthetic = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _curated = [.. Directory.EnumerateFiles(KnowledgePaths.Curated, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => new KnowledgeFileText(path, File.ReadAllText(path)))];
        _synthetic = SyntheticKnowledge.Generate(100_000);
    }

    [Benchmark]
    public KnowledgeBase? LoadCurated() => KnowledgeLoader.Load(_curated, "knowledge").Knowledge;

    [Benchmark]
    public KnowledgeBase? LoadSynthetic100k() => KnowledgeLoader.Load(_synthetic, "synthetic.yaml").Knowledge;
}
