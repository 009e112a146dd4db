using BenchmarkDotNet.Attributes;
using ChatBot.Core.Knowledge;

namespace ChatBot.Benchmarks;

/// <summary>Time and memory to parse and validate a knowledge file into a snapshot.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string _curated = string.Empty;
    private string _synthetic = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _curated = File.ReadAllText(KnowledgePaths.Curated);
        _synthetic = SyntheticKnowledge.Generate(100_000);
    }

    [Benchmark]
    public KnowledgeBase? LoadCurated() => KnowledgeLoader.Load(_curated, "investments.yaml").Knowledge;

    [Benchmark]
    public KnowledgeBase? LoadSynthetic100k() => KnowledgeLoader.Load(_synthetic, "synthetic.yaml").Knowledge;
}
