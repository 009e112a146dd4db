using Microsoft.Extensions.Configuration;

namespace ChatBot.SemanticKernel.Tests;

public class PhrasingOptionsReaderTests
{
    [Fact]
    public void IsConfigured_NoVariables_IsFalse()
    {
        Assert.False(PhrasingOptionsReader.IsConfigured(Configuration()));
    }

    [Fact]
    public void Read_Ollama_UsesEndpointAndDefaultTimeout()
    {
        var (options, errors) = PhrasingOptionsReader.Read(Configuration(
            ("LLM_PROVIDER", "openai-compatible"), ("LLM_ENDPOINT", "http://localhost:11434/v1"), ("LLM_MODEL", "llama3.2")));

        Assert.Empty(errors);
        Assert.Equal(LlmProvider.OpenAICompatible, options!.Provider);
        Assert.Equal(new Uri("http://localhost:11434/v1"), options.Endpoint);
        Assert.Null(options.ApiKey);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Timeout);
    }

    [Fact]
    public void Read_OpenAIWithoutEndpoint_UsesPublicApi()
    {
        var (options, errors) = PhrasingOptionsReader.Read(Configuration(
            ("LLM_PROVIDER", "openai"), ("LLM_MODEL", "gpt-4o-mini"), ("LLM_API_KEY", "sk-secret"), ("LLM_TIMEOUT_SECONDS", "4")));

        Assert.Empty(errors);
        Assert.Equal(PhrasingOptions.OpenAIEndpoint, options!.Endpoint);
        Assert.Equal(TimeSpan.FromSeconds(4), options.Timeout);
    }

    public static TheoryData<(string, string)[], string> Invalid => new()
    {
        { [("LLM_MODEL", "x")], "LLM_PROVIDER is not set" },
        { [("LLM_PROVIDER", "anthropic"), ("LLM_MODEL", "x")], "LLM_PROVIDER must be openai, azure-openai or openai-compatible" },
        { [("LLM_PROVIDER", "openai"), ("LLM_API_KEY", "sk-secret")], "LLM_MODEL is required" },
        { [("LLM_PROVIDER", "azure-openai"), ("LLM_MODEL", "gpt"), ("LLM_ENDPOINT", "https://r.openai.azure.com/openai/v1/")], "LLM_API_KEY is required for azure-openai" },
        { [("LLM_PROVIDER", "openai-compatible"), ("LLM_MODEL", "x")], "LLM_ENDPOINT is required" },
        { [("LLM_PROVIDER", "openai-compatible"), ("LLM_MODEL", "x"), ("LLM_ENDPOINT", "localhost:11434")], "LLM_ENDPOINT must be an absolute http(s) URL" },
        { [("LLM_PROVIDER", "openai"), ("LLM_MODEL", "x"), ("LLM_API_KEY", "sk-secret"), ("LLM_TIMEOUT_SECONDS", "0")], "LLM_TIMEOUT_SECONDS must be a number of seconds above 0" },
        { [("LLM_PROVIDER", "openai"), ("LLM_MODEL", "x"), ("LLM_API_KEY", "sk-secret"), ("LLM_TIMEOUT_SECONDS", "soon")], "LLM_TIMEOUT_SECONDS must be" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Read_InvalidSetting_NamesTheVariableNeverTheKey((string, string)[] settings, string expected)
    {
        var (options, errors) = PhrasingOptionsReader.Read(Configuration(settings));

        Assert.Null(options);
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("sk-secret", StringComparison.Ordinal));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
