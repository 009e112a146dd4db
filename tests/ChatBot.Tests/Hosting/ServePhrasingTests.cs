using ChatBot.Cli;
using ChatBot.Core.Phrasing;
using ChatBot.Hosting;
using ChatBot.SemanticKernel.Understanding;
using ChatBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Hosting;

/// <summary><c>serve</c> wires phrasing from the LLM_* settings: off without them, validated at start with them.</summary>
public sealed class ServePhrasingTests
{
    private static readonly Dictionary<string, string?> Discord = new()
    {
        ["DISCORD_PUBLIC_KEY"] = new string('a', 64),
        ["DISCORD_APPLICATION_ID"] = "1234567890123456789",
    };

    [Fact]
    public async Task Build_NoLlmSettings_AnswersWithTemplates()
    {
        await using var app = ServeHost.Build(ServeHost.CreateBuilder(RepositoryFiles.CuratedKnowledge, "http://127.0.0.1:0", Discord));

        Assert.IsType<TemplateOnlyPhraser>(app.Services.GetRequiredService<IAnswerPhraser>());
    }

    [Fact]
    public async Task Build_OllamaSettings_PhrasesThroughSemanticKernelBehindTheUnderstandingFallback()
    {
        var settings = new Dictionary<string, string?>(Discord)
        {
            ["LLM_PROVIDER"] = "openai-compatible",
            ["LLM_ENDPOINT"] = "http://127.0.0.1:9/v1",
            ["LLM_MODEL"] = "llama3.2",
        };

        await using var app = ServeHost.Build(ServeHost.CreateBuilder(RepositoryFiles.CuratedKnowledge, "http://127.0.0.1:0", settings));

        // serve has the engine and the knowledge, so the fallback wraps the phraser.
        Assert.IsType<UnderstandingFallbackPhraser>(app.Services.GetRequiredService<IAnswerPhraser>());
    }

    [Fact]
    public async Task Serve_MissingApiKey_StopsNamingTheVariable()
    {
        var console = new TestConsole();
        var settings = new Dictionary<string, string?>(Discord) { ["LLM_PROVIDER"] = "openai", ["LLM_MODEL"] = "gpt-4o-mini" };

        var exit = await ServeCommand.RunAsync(console.Context, RepositoryFiles.CuratedKnowledge, "http://127.0.0.1:0", settings, CancellationToken.None);

        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains("error: LLM_API_KEY is required for openai", console.Error.ToString(), StringComparison.Ordinal);
    }
}
