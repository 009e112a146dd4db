using BenchmarkDotNet.Attributes;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Benchmarks;

/// <summary>Latency of computed answers (difference, sum, ratio, share, change, per year, remainder) on the curated knowledge.</summary>
[MemoryDiagnoser]
public class ComputedAnswerBenchmarks
{
    private AnswerEngine _engine = null!;

    public static IEnumerable<string> Questions =>
    [
        "How much more than Meta does Microsoft plan to spend on AI in 2025?",
        "Wie viel wollen die großen Vier 2025 zusammen investieren?",
        "how many times bigger is oracles september deal than the june one",
        "Welcher Anteil von Alphabets KI-Budget 2025 fällt ins erste Quartal?",
        "Um wie viele Milliarden steigt Amazons KI-Budget von 2024 auf 2025?",
        "What is Stargate per year?",
        "Wie viel bleibt Alphabet für den Rest des Jahres 2025?",
        "is stargate bigger than frances ai plan and by how much",
    ];

    [GlobalSetup]
    public void Setup()
    {
        _engine = new AnswerEngine(new KnowledgeStore(KnowledgePaths.LoadCurated()), new QuestionParser(TimeProvider.System));
    }

    [Benchmark]
    [ArgumentsSource(nameof(Questions))]
    public string Computed(string question) => PlainTextRenderer.Render(_engine.Ask(question));
}
