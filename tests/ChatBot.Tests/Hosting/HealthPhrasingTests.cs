using System.Net;
using System.Text.Json;
using ChatBot.Core.Phrasing;
using ChatBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Hosting;

/// <summary>The phrasing counters in <c>GET /healthz</c>, where moderators and probes can see them.</summary>
public sealed class HealthPhrasingTests
{
    private static readonly Dictionary<string, string?> Discord = new()
    {
        ["DISCORD_PUBLIC_KEY"] = new string('a', 64),
        ["DISCORD_APPLICATION_ID"] = "1234567890123456789",
    };

    [Fact]
    public async Task GetHealthz_NoLlm_PhrasingDisabledWithZeroCounts()
    {
        var json = await GetHealthAsync(Discord, _ => { });

        var phrasing = json.GetProperty("phrasing");
        Assert.False(phrasing.GetProperty("enabled").GetBoolean());
        Assert.Equal(0, phrasing.GetProperty("phrased").GetInt64());
        Assert.Equal(0, phrasing.GetProperty("fallbacks").GetProperty("timeout").GetInt64());
    }

    [Fact]
    public async Task GetHealthz_LlmConfigured_ShowsCountsByReasonWithoutSettings()
    {
        var settings = new Dictionary<string, string?>(Discord)
        {
            ["LLM_PROVIDER"] = "openai-compatible",
            ["LLM_ENDPOINT"] = "http://127.0.0.1:9/v1",
            ["LLM_MODEL"] = "llama3.2",
            ["LLM_API_KEY"] = "secret-key-never-shown",
        };

        var json = await GetHealthAsync(settings, stats =>
        {
            stats.CountPhrased();
            stats.CountFallback(PhrasingFallback.Violation);
            stats.CountFallback(PhrasingFallback.Timeout);
            stats.CountFallback(PhrasingFallback.Timeout);
            stats.CountUnderstood();
        });

        var phrasing = json.GetProperty("phrasing");
        Assert.True(phrasing.GetProperty("enabled").GetBoolean());
        Assert.Equal(1, phrasing.GetProperty("phrased").GetInt64());
        Assert.Equal(3, phrasing.GetProperty("fallback_total").GetInt64());
        Assert.Equal(2, phrasing.GetProperty("fallbacks").GetProperty("timeout").GetInt64());
        Assert.Equal(1, phrasing.GetProperty("fallbacks").GetProperty("violation").GetInt64());
        Assert.Equal(0, phrasing.GetProperty("fallbacks").GetProperty("too_long").GetInt64());
        Assert.Equal(1, phrasing.GetProperty("understood").GetInt64());
        Assert.DoesNotContain("secret-key-never-shown", json.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("llama3.2", json.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> GetHealthAsync(Dictionary<string, string?> settings, Action<PhrasingStats> count)
    {
        await using var app = ServeHost.Build(ServeHost.CreateBuilder(RepositoryFiles.CuratedKnowledge, "http://127.0.0.1:0", settings));
        count(app.Services.GetRequiredService<PhrasingStats>());
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(10) };

        using var response = await client.GetAsync(HealthEndpoints.Route);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        await app.StopAsync();
        return json;
    }
}
