using System.Text.Json;
using ChatBot.Cli;
using ChatBot.Discord.Commands;
using ChatBot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Tests.Cli;

public sealed class RegisterCommandsCommandTests
{
    private const string Token = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDE.fake-token_for-tests";
    private const string ApplicationId = "1234567890123456789";

    [Fact]
    public async Task Run_Guild_BulkOverwritesEveryDefinitionAndPrintsThem()
    {
        await using var api = await RecordingApiServer.StartAsync();
        var console = new TestConsole();

        var exit = await RegisterCommandsCommand.RunAsync(console.Context, Configuration(api.ApiBaseUrl), "1100000000000000001", CancellationToken.None);

        Assert.Equal(ExitCodes.Success, exit);
        var request = Assert.Single(api.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/api/v10/applications/{ApplicationId}/guilds/1100000000000000001/commands", request.Path);
        Assert.Equal($"Bot {Token}", request.Authorization);
        var sent = JsonDocument.Parse(request.Body).RootElement.EnumerateArray().ToList();
        Assert.Equal(DiscordCommandDefinitions.All.Select(c => c.Name), sent.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(["pledge", "compare", "drafts"], sent.Where(c => c.TryGetProperty("options", out var options)
            && options.EnumerateArray().Any(o => o.TryGetProperty("autocomplete", out var a) && a.GetBoolean())).Select(c => c.GetProperty("name").GetString()));
        Assert.Contains(sent, c => c.GetProperty("type").GetInt32() == 3 && c.GetProperty("name").GetString() == DiscordCommandDefinitions.AskMessage);
        Assert.Contains("/pledge <company> [year]", console.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"Ask ChatBot\" (message context menu)", console.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Global_UsesTheGlobalRoute()
    {
        await using var api = await RecordingApiServer.StartAsync();
        var console = new TestConsole();

        var exit = await RegisterCommandsCommand.RunAsync(console.Context, Configuration(api.ApiBaseUrl), null, CancellationToken.None);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal($"/api/v10/applications/{ApplicationId}/commands", Assert.Single(api.Requests).Path);
    }

    [Fact]
    public async Task Run_NoToken_ExitsNonZeroNamingTheVariables()
    {
        var console = new TestConsole();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DISCORD_APPLICATION_ID"] = ApplicationId }).Build();

        var exit = await RegisterCommandsCommand.RunAsync(console.Context, configuration, null, CancellationToken.None);

        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains("DISCORD_TOKEN and DISCORD_APPLICATION_ID", console.Error.ToString(), StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(string apiBaseUrl) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DISCORD_TOKEN"] = Token,
            ["DISCORD_APPLICATION_ID"] = ApplicationId,
            ["DISCORD_API_BASE_URL"] = apiBaseUrl,
        })
        .Build();
}
