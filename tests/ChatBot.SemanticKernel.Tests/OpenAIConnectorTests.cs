using ChatBot.Core.Phrasing;
using ChatBot.SemanticKernel.Tests.Support;
using ChatBot.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.SemanticKernel.Tests;

/// <summary>The real OpenAI connector against an OpenAI-compatible server on loopback, as Ollama or vLLM would serve it.</summary>
public sealed class OpenAIConnectorTests : IAsyncLifetime
{
    private const string Amazon = "How much will Amazon invest in AI in 2025?";
    private FakeOpenAiServer _server = null!;
    private readonly PhrasingStats _stats = new();
    private readonly RecordingLogger<SemanticKernelAnswerPhraser> _log = new();

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task PhraseAsync_FaithfulServer_SendsModelKeyAndPromptToBaseUrl()
    {
        _server.Respond = ctx => FakeOpenAiServer.WriteCompletion(ctx, "Amazon plans more than $100 billion in 2025 [F1].");

        var phrased = await Phraser(TimeProvider.System).PhraseAsync(Amazon, CuratedAnswers.Ask(Amazon));

        Assert.Equal("Amazon plans more than $100 billion in 2025 [1].", phrased.Text);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer test-key", request.Authorization);
        Assert.Equal("fake-model", (string?)request.Body["model"]);
        Assert.Equal(0, (double?)request.Body["temperature"]);
        Assert.Equal(42, (long?)request.Body["seed"]);
        Assert.Equal(400, (int?)request.Body["max_completion_tokens"]);
        var messages = request.Body["messages"]!.AsArray();
        Assert.Equal(["system", "user"], messages.Select(m => (string?)m!["role"]));
        Assert.Contains("[F1] Amazon plans investments of more than $100 billion in 2025.", (string?)messages[1]!["content"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, "server_error", "HTTP 500")]
    [InlineData(429, "rate_limit_exceeded", "HTTP 429")]
    [InlineData(401, "invalid_api_key", "HTTP 401")]
    public async Task PhraseAsync_ErrorStatus_FallsBackAfterOneRequest(int status, string code, string logged)
    {
        _server.Respond = ctx => FakeOpenAiServer.WriteError(ctx, status, "nope", "invalid_request_error", code);

        var phrased = await Phraser(TimeProvider.System).PhraseAsync(Amazon, CuratedAnswers.Ask(Amazon));

        Assert.Equal(PhrasingFallback.Error, phrased.Fallback);
        Assert.Single(_server.Requests);
        Assert.Contains(_log.Entries, e => e.Message.Contains(logged, StringComparison.Ordinal));
        Assert.DoesNotContain(_log.Entries, e => e.Message.Contains("test-key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PhraseAsync_MalformedBody_FallsBack()
    {
        _server.Respond = ctx => ctx.Response.WriteAsync("{\"choices\": []}");

        var phrased = await Phraser(TimeProvider.System).PhraseAsync(Amazon, CuratedAnswers.Ask(Amazon));

        Assert.Equal(PhrasingFallback.Error, phrased.Fallback);
    }

    [Fact]
    public async Task PhraseAsync_ServerNeverAnswers_CancelsTheRequestAtTheBudget()
    {
        _server.Respond = FakeOpenAiServer.Hang;
        var time = new FakeTimeProvider();

        var pending = Phraser(time).PhraseAsync(Amazon, CuratedAnswers.Ask(Amazon), TimeSpan.FromSeconds(2.5));
        await _server.RequestArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(2.5));
        var phrased = await pending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(PhrasingFallback.Timeout, phrased.Fallback);
        await _server.RequestAborted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task PhraseAsync_NothingListening_FallsBack()
    {
        var endpoint = _server.Endpoint;
        await _server.DisposeAsync();
        var options = new PhrasingOptions { Provider = LlmProvider.OpenAICompatible, Endpoint = endpoint, Model = "fake-model" };
        var phraser = new SemanticKernelAnswerPhraser(PhrasingServiceCollectionExtensions.CreateChatService(options), options, _stats, TimeProvider.System, _log);

        var phrased = await phraser.PhraseAsync(Amazon, CuratedAnswers.Ask(Amazon));

        Assert.Equal(PhrasingFallback.Error, phrased.Fallback);
        _server = await FakeOpenAiServer.StartAsync();
    }

    private SemanticKernelAnswerPhraser Phraser(TimeProvider time)
    {
        var options = new PhrasingOptions
        {
            Provider = LlmProvider.OpenAICompatible,
            Endpoint = _server.Endpoint,
            Model = "fake-model",
            ApiKey = "test-key",
            Timeout = TimeSpan.FromSeconds(10),
        };
        return new SemanticKernelAnswerPhraser(PhrasingServiceCollectionExtensions.CreateChatService(options), options, _stats, time, _log);
    }
}
