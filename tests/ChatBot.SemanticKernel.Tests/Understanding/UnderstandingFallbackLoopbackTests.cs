using ChatBot.Core.Answers;
using ChatBot.Core.Phrasing;
using ChatBot.SemanticKernel.Tests.Support;
using ChatBot.SemanticKernel.Understanding;
using ChatBot.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.SemanticKernel.Tests.Understanding;

/// <summary>The fallback as <c>AddPhrasing</c> wires it, against the OpenAI-compatible fake on loopback: map, answer, phrase.</summary>
public sealed class UnderstandingFallbackLoopbackTests : IAsyncLifetime
{
    private const string Unclear = "Was steckt der Konzern in KI?";
    private const string Phrasing = "Microsoft will im Geschäftsjahr 2025 rund achtzig Milliarden US-Dollar in KI-Rechenzentren stecken [F1]. Schon 2019 floss eine Milliarde US-Dollar an OpenAI [F4].";
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task PhraseAsync_UnclearQuestion_MapsThenPhrasesTheEnginesAnswer()
    {
        var calls = 0;
        _server.Respond = ctx => FakeOpenAiServer.WriteCompletion(
            ctx, Interlocked.Increment(ref calls) == 1 ? """{"subjects":["microsoft"],"year":null,"intent":"figures"}""" : Phrasing);
        using var services = Services();
        var phraser = services.GetRequiredService<IAnswerPhraser>();

        var phrased = await phraser.PhraseAsync(Unclear, CuratedAnswers.Ask(Unclear));

        Assert.IsType<UnderstandingFallbackPhraser>(phraser);
        Assert.Equal(AnswerKind.Figures, phrased.Template.Kind);
        Assert.True(phrased.IsPhrased);
        Assert.EndsWith("an OpenAI [4].", phrased.Text, StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains("SUBJECTS:", _server.Requests[0].Body["messages"]![1]!["content"]!.ToString(), StringComparison.Ordinal);
        var stats = services.GetRequiredService<PhrasingStats>();
        Assert.Equal((1, 1), (stats.Understood, stats.Phrased));
    }

    [Fact]
    public async Task PhraseAsync_ServerMapsToUnknownId_TemplateStandsAfterOneCall()
    {
        _server.Respond = ctx => FakeOpenAiServer.WriteCompletion(ctx, """{"subjects":["windows"],"year":null,"intent":"figures"}""");
        using var services = Services();
        var original = CuratedAnswers.Ask(Unclear);

        var phrased = await services.GetRequiredService<IAnswerPhraser>().PhraseAsync(Unclear, original);

        Assert.Same(original, phrased.Template);
        Assert.Single(_server.Requests);
    }

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [PhrasingEnvironmentVariables.Provider] = "openai-compatible",
            [PhrasingEnvironmentVariables.Endpoint] = _server.Endpoint.ToString(),
            [PhrasingEnvironmentVariables.Model] = "fake-model",
        }).Build();
        return new ServiceCollection()
            .AddSingleton(CuratedAnswers.AnswerEngine)
            .AddSingleton(CuratedAnswers.Knowledge)
            .AddPhrasing(configuration)
            .BuildServiceProvider();
    }
}
