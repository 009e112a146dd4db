using BenchmarkDotNet.Attributes;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.Core.Understanding;

namespace ChatBot.Benchmarks;

/// <summary>
/// The number guard's cost per phrased answer on curated answers: a typical reply (the headline fact and up to two
/// more, as the prompt's four-sentence limit allows) and the longest faithful one (every retrieved fact restated).
/// </summary>
[MemoryDiagnoser]
public class GuardBenchmarks
{
    private readonly Dictionary<string, (PhrasingRequest Request, string Typical, string Longest)> _cases = [];

    public static IEnumerable<string> Questions =>
    [
        "Wie viel investiert Microsoft in KI?",
        "How much does Microsoft invest in AI?",
        "How much will Amazon invest in AI in 2025?",
        "Compare Meta and Google",
        "Was plant Stargate?",
    ];

    [GlobalSetup]
    public void Setup()
    {
        var engine = new AnswerEngine(new KnowledgeStore(KnowledgePaths.LoadCurated()), new QuestionParser(TimeProvider.System));
        foreach (var question in Questions)
        {
            var request = PhrasingRequest.For(question, engine.Ask(question)) ?? throw new InvalidOperationException($"not phrasable: {question}");
            var typical = string.Join(" ", request.Facts.Take(3).Select(f => $"{f.Statement} [{f.Key}]"));
            var longest = string.Join(" ", request.Facts.Select(f => $"{f.Statement} [{f.Key}]"));
            if (!NumberGuard.Check(typical, request).Accepted || !NumberGuard.Check(longest, request).Accepted)
            {
                throw new InvalidOperationException($"a faithful reply to \"{question}\" is rejected");
            }

            _cases[question] = (request, typical, longest);
        }
    }

    [Benchmark]
    [ArgumentsSource(nameof(Questions))]
    public bool TypicalReply(string question) => NumberGuard.Check(_cases[question].Typical, _cases[question].Request).Accepted;

    [Benchmark]
    [ArgumentsSource(nameof(Questions))]
    public bool LongestReply(string question) => NumberGuard.Check(_cases[question].Longest, _cases[question].Request).Accepted;
}
