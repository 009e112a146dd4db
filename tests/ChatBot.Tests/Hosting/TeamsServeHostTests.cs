using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatBot.Cli;
using ChatBot.Hosting;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Hosting;

public sealed class TeamsServeHostTests
{
    private const string Secret = "vqF0En+Z0ucuRTM/01o2GuhMH3hKKk/N2bOmlM31zaA=";

    [Fact]
    public async Task Serve_TeamsWebhookOnly_AnswersSignedRequestsAndReportsItInHealth()
    {
        var builder = ServeHost.CreateBuilder(RepositoryFiles.CuratedKnowledge, "http://127.0.0.1:0", new Dictionary<string, string?>
        {
            ["TEAMS_WEBHOOK_SECRET"] = Secret,
        });
        await using var app = ServeHost.Build(builder);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(10) };
        var body = Encoding.UTF8.GetBytes("""{"type":"message","id":"1","text":"<at>ChatBot</at> pledge meta","locale":"en-US"}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/teams/webhook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", "HMAC " + Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(Secret), body)));

        using var answer = await client.SendAsync(request);
        using var health = await client.GetAsync(HealthEndpoints.Route);
        using var bot = await client.PostAsync("/api/messages", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Meta", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var healthBody = await health.Content.ReadAsStringAsync();
        var teams = JsonDocument.Parse(healthBody).RootElement.GetProperty("teams");
        Assert.True(teams.GetProperty("webhook").GetBoolean());
        Assert.False(teams.GetProperty("bot_framework").GetBoolean());
        Assert.DoesNotContain(Secret, healthBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, bot.StatusCode);
        await app.StopAsync();
    }

    [Theory]
    [InlineData("TEAMS_APP_ID", "not-a-guid-secret-value", "TEAMS_APP_ID is malformed")]
    [InlineData("TEAMS_WEBHOOK_SECRET", "not base64 secret-value!", "TEAMS_WEBHOOK_SECRET is malformed")]
    [InlineData("TEAMS_ALLOW_EMULATOR", "secret-value", "TEAMS_ALLOW_EMULATOR is malformed")]
    public async Task Serve_MalformedTeamsSetting_StopsNamingTheVariableButNotTheValue(string variable, string value, string expected)
    {
        var console = new TestConsole();
        var settings = new Dictionary<string, string?> { [variable] = value, ["TEAMS_APP_PASSWORD"] = "pw-secret-value" };
        if (variable != "TEAMS_APP_ID")
        {
            settings.Remove("TEAMS_APP_PASSWORD");
        }

        var exit = await ServeCommand.RunAsync(console.Context, RepositoryFiles.CuratedKnowledge, "http://127.0.0.1:0", settings, CancellationToken.None);

        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains(expected, console.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", console.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_AppIdWithoutPassword_StopsNamingTheMissingVariable()
    {
        var console = new TestConsole();

        var exit = await ServeCommand.RunAsync(console.Context, RepositoryFiles.CuratedKnowledge, "http://127.0.0.1:0", new Dictionary<string, string?>
        {
            ["TEAMS_APP_ID"] = "11111111-2222-3333-4444-555555555555",
        }, CancellationToken.None);

        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains("TEAMS_APP_PASSWORD is required", console.Error.ToString(), StringComparison.Ordinal);
    }
}
