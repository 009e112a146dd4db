using BenchmarkDotNet.Attributes;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.Core.Understanding;
using ChatBot.SemanticKernel;
using ChatBot.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Benchmarks;

/// <summary>
/// One phrased answer end to end: understanding, retrieval, prompt, the OpenAI connector's HTTP round trip to an
/// OpenAI-compatible server on loopback that answers at once, the guard and rendering. The bot's own overhead
/// around a model call; a real model adds its generation time.
/// </summary>
[MemoryDiagnoser]
public class PhrasedPathBenchmarks
{
    private const string Question = "How much will Amazon invest in AI in 2025?";
    private FakeOpenAiServer _server = null!;
    private AnswerEngine _engine = null!;
    private IAnswerPhraser _phraser = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _server.Respond = ctx => FakeOpenAiServer.WriteCompletion(ctx, "Amazon plans to invest more than $100 billion in AI in 2025 [F1].");
        _engine = new AnswerEngine(new KnowledgeStore(KnowledgePaths.LoadCurated()), new QuestionParser(TimeProvider.System));
        var options = new PhrasingOptions { Provider = LlmProvider.OpenAICompatible, Endpoint = _server.Endpoint, Model = "fake-model" };
        _phraser = new SemanticKernelAnswerPhraser(
            PhrasingServiceCollectionExtensions.CreateChatService(options), options, new PhrasingStats(), TimeProvider.System, NullLogger<SemanticKernelAnswerPhraser>.Instance);
        if (!(await _phraser.PhraseAsync(Question, _engine.Ask(Question))).IsPhrased)
        {
            throw new InvalidOperationException("the fake server's reply was not accepted");
        }
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _server.DisposeAsync();

    [Benchmark]
    public async Task<string> PhrasedAnswer() => PhrasedAnswerRenderer.Render(await _phraser.PhraseAsync(Question, _engine.Ask(Question)));
}
