using System.Diagnostics;
using System.Text.Json;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary><c>ask</c> as its own process with LLM phrasing configured against an OpenAI-compatible server on loopback.</summary>
public sealed class AskPhrasingProcessTests : IAsyncLifetime
{
    private const string Amazon = "How much will Amazon invest in AI in 2025?";
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AskJson_FaithfulModel_WritesPhrasedAnswerWithBotSources()
    {
        _server.Respond = ctx => FakeOpenAiServer.WriteCompletion(ctx, "In 2025 Amazon plans to invest more than $100 billion in AI [F1].");

        var (exitCode, output, error) = await RunAsync(Llm(), "ask", "--json", Amazon);

        Assert.True(exitCode == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.True(root.GetProperty("phrased").GetBoolean());
        Assert.True(root.GetProperty("answered").GetBoolean());
        var answer = root.GetProperty("answer").GetString()!;
        Assert.StartsWith("In 2025 Amazon plans to invest more than $100 billion in AI [1].\n\n(phrased by AI)\n\nSources:\n[1] “Frankreich will KI", answer, StringComparison.Ordinal);
        Assert.Equal("more than $100 billion", root.GetProperty("facts")[0].GetProperty("figure").GetString());
        Assert.Equal("fake-model", (string?)Assert.Single(_server.Requests).Body["model"]);
    }

    [Fact]
    public async Task Ask_LyingModel_PrintsTemplateAndWarns()
    {
        _server.Respond = ctx => FakeOpenAiServer.WriteCompletion(ctx, "Amazon plans to invest more than $150 billion in AI in 2025 [F1].");

        var (exitCode, output, error) = await RunAsync(Llm(), "ask", Amazon);

        Assert.Equal(0, exitCode);
        Assert.Contains("• more than $100 billion (2025)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("150", output, StringComparison.Ordinal);
        Assert.DoesNotContain("phrased by AI", output, StringComparison.Ordinal);
        Assert.Contains("warning: Phrasing fell back to the template answer: Violation (\"150 billion\" is not a figure", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_NoLlmFlag_IsTheTemplateContractWithoutCallingTheModel()
    {
        var (_, withoutLlm, _) = await RunAsync([], "ask", "--json", Amazon);

        var (exitCode, output, error) = await RunAsync(Llm(), "ask", "--json", "--no-llm", Amazon);

        Assert.True(exitCode == 0, error);
        Assert.Equal(withoutLlm, output);
        Assert.DoesNotContain("\"phrased\"", output, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AskJson_UnclearQuestion_ModelMapsItAndTheEngineAnswersFromFacts()
    {
        const string unclear = "What is the Seattle retailer putting into AI in 2025?";
        var calls = 0;
        _server.Respond = ctx => FakeOpenAiServer.WriteCompletion(ctx, Interlocked.Increment(ref calls) == 1
            ? """{"subjects": ["amazon"], "year": 2025, "intent": "figures"}"""
            : "In 2025 Amazon plans to invest more than $100 billion in AI [F1].");

        var (exitCode, output, error) = await RunAsync(Llm(), "ask", "--json", unclear);

        Assert.True(exitCode == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Equal("figures", root.GetProperty("kind").GetString());
        Assert.Equal("more than $100 billion", root.GetProperty("facts")[0].GetProperty("figure").GetString());
        Assert.StartsWith("In 2025 Amazon plans to invest more than $100 billion in AI [1].", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task AskJson_UnclearQuestionModelInventsASubject_EngineAnswerStands()
    {
        const string unclear = "What is the Seattle retailer putting into AI in 2025?";
        _server.Respond = ctx => FakeOpenAiServer.WriteCompletion(ctx, """{"subjects": ["seattle-retailer"], "year": 2025, "intent": "figures"}""");
        var (_, withoutLlm, _) = await RunAsync([], "ask", "--json", unclear);

        var (exitCode, output, error) = await RunAsync(Llm(), "ask", "--json", unclear);

        Assert.Equal(0, exitCode);
        Assert.Equal(withoutLlm, output);
        Assert.Contains("UnknownSubject", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_InvalidProvider_StopsWithTheVariableName()
    {
        var (exitCode, output, error) = await RunAsync([("LLM_PROVIDER", "gpt"), ("LLM_MODEL", "x"), ("LLM_API_KEY", "sk-secret")], "ask", Amazon);

        Assert.Equal(3, exitCode);
        Assert.Empty(output);
        Assert.Contains("error: LLM_PROVIDER must be openai, azure-openai or openai-compatible", error, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-secret", error, StringComparison.Ordinal);
    }

    private (string, string)[] Llm() =>
        [("LLM_PROVIDER", "openai-compatible"), ("LLM_ENDPOINT", _server.Endpoint.ToString()), ("LLM_MODEL", "fake-model"), ("LLM_TIMEOUT_SECONDS", "20")];

    // Runs outside the repository so no developer .env applies; the knowledge shipped with the program answers.
    private static async Task<(int, string, string)> RunAsync((string Name, string Value)[] environment, params string[] args)
    {
        using var temp = new TempDirectory();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = temp.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var name in new[] { "LLM_PROVIDER", "LLM_ENDPOINT", "LLM_MODEL", "LLM_API_KEY", "LLM_TIMEOUT_SECONDS" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
