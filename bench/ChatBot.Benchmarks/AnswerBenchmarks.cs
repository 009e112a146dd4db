using BenchmarkDotNet.Attributes;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Benchmarks;

/// <summary>Latency and allocations of one question, on the curated knowledge and on 100,000 generated facts.</summary>
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    private AnswerEngine _curated = null!;
    private AnswerEngine _synthetic = null!;

    public static IEnumerable<string> CuratedQuestions => BenchmarkQuestions.Curated;

    public static IEnumerable<string> SyntheticQuestions => BenchmarkQuestions.Synthetic;

    [GlobalSetup]
    public void Setup()
    {
        _curated = Engine(KnowledgePaths.LoadCurated());
        _synthetic = Engine(Load(SyntheticKnowledge.Generate(100_000)));
    }

    [Benchmark]
    [ArgumentsSource(nameof(CuratedQuestions))]
    public string Curated(string question) => PlainTextRenderer.Render(_curated.Ask(question));

    [Benchmark]
    [ArgumentsSource(nameof(SyntheticQuestions))]
    public string Synthetic100k(string question) => PlainTextRenderer.Render(_synthetic.Ask(question));

    private static KnowledgeBase Load(string yaml)
    {
        var result = KnowledgeLoader.Load(yaml, "bench.yaml");
        return result.Knowledge ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors.Take(5)));
    }

    private static AnswerEngine Engine(KnowledgeBase knowledge) =>
        new(new KnowledgeStore(knowledge), new QuestionParser(TimeProvider.System));
}
