using System.Diagnostics;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Benchmarks;

/// <summary>
/// <c>--quick</c>: a few-second sanity run (load 100k facts once, answer each question a few times) for use
/// before a full BenchmarkDotNet run; prints plain medians, not statistics.
/// </summary>
internal static class QuickCheck
{
    public static void Run()
    {
        var yaml = SyntheticKnowledge.Generate(100_000);
        var watch = Stopwatch.StartNew();
        var result = KnowledgeLoader.Load(yaml, "synthetic.yaml");
        Console.WriteLine($"load 100k facts: {watch.Elapsed.TotalMilliseconds:F0} ms, errors: {result.Errors.Count}");
        foreach (var error in result.Errors.Take(3))
        {
            Console.WriteLine($"  {error}");
        }

        var engine = new AnswerEngine(new KnowledgeStore(result.Knowledge!), new QuestionParser(TimeProvider.System));
        foreach (var question in BenchmarkQuestions.Synthetic)
        {
            var times = Enumerable.Range(0, 21).Select(_ =>
            {
                var sw = Stopwatch.StartNew();
                PlainTextRenderer.Render(engine.Ask(question));
                return sw.Elapsed.TotalMicroseconds;
            }).Order().ToList();
            Console.WriteLine($"{times[times.Count / 2],10:F0} µs  {question}");
        }
    }
}
