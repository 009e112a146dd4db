using System.Net;
using System.Text.Json;
using ChatBot.Cli;
using ChatBot.Hosting;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Hosting;

public sealed class ServeHostTests
{
    private static readonly string PublicKey = new('a', 64);

    [Fact]
    public async Task GetHealthz_HttpInteractionsConfigured_Returns200WithTheKnowledgeCounts()
    {
        var builder = ServeHost.CreateBuilder(RepositoryFiles.CuratedKnowledge, "http://127.0.0.1:0", new Dictionary<string, string?>
        {
            ["DISCORD_PUBLIC_KEY"] = PublicKey,
            ["DISCORD_APPLICATION_ID"] = "1234567890123456789",
        });
        await using var app = ServeHost.Build(builder);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(10) };

        using var response = await client.GetAsync(HealthEndpoints.Route);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.True(json.GetProperty("facts").GetInt32() > 0);
        Assert.True(json.GetProperty("http_interactions").GetBoolean());
        Assert.DoesNotContain(PublicKey, body, StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task Serve_NoDiscordPlatform_ExitsNonZeroNamingTheVariables()
    {
        var console = new TestConsole();

        var exit = await ServeCommand.RunAsync(console.Context, RepositoryFiles.CuratedKnowledge, "http://127.0.0.1:0", new Dictionary<string, string?>(), CancellationToken.None);

        Assert.Equal(ExitCodes.ConfigurationError, exit);
        var error = Assert.Single(console.Error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("DISCORD_TOKEN", error, StringComparison.Ordinal);
        Assert.Contains("DISCORD_PUBLIC_KEY", error, StringComparison.Ordinal);
        Assert.Contains("DISCORD_APPLICATION_ID", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_MalformedPublicKey_StopsNamingTheVariableButNotTheValue()
    {
        var console = new TestConsole();

        var exit = await ServeCommand.RunAsync(console.Context, RepositoryFiles.CuratedKnowledge, "http://127.0.0.1:0", new Dictionary<string, string?>
        {
            ["DISCORD_PUBLIC_KEY"] = "not-a-key-secret-value",
            ["DISCORD_APPLICATION_ID"] = "1234567890123456789",
        }, CancellationToken.None);

        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains("DISCORD_PUBLIC_KEY is malformed", console.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-key-secret-value", console.Error.ToString(), StringComparison.Ordinal);
    }
}
