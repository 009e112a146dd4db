using System.Net;
using ChatBot.Teams.Activities;
using ChatBot.Teams.BotFramework;
using ChatBot.Teams.Configuration;
using Microsoft.Extensions.Options;
using Moq;

namespace ChatBot.Teams.Tests.BotFramework;

public sealed class BotConnectorClientTests : IAsyncLifetime
{
    private static readonly Activity Reply = new() { Type = ActivityTypes.Message, Text = "hi" };
    private readonly ImmediateTimeProvider _time = new();
    private readonly HttpClient _http = new();
    private readonly TeamsOptions _options = new() { MaxSendRetries = 3 };
    private FakeMicrosoftCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await FakeMicrosoftCloud.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _cloud.DisposeAsync();
    }

    [Fact]
    public async Task ReplyAsync_Throttled_WaitsRetryAfterThenSucceeds()
    {
        _cloud.ScriptConnector(new ScriptedResponse(429, RetryAfterSeconds: 7));

        await Client().ReplyAsync(_cloud.ServiceUrl, "a:1", "42", Reply, CancellationToken.None);

        Assert.Equal(2, _cloud.ConnectorRequests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], _time.Delays);
    }

    [Fact]
    public async Task ReplyAsync_ServerErrorThenSuccess_RetriesWithBackoff()
    {
        _cloud.ScriptConnector(new ScriptedResponse(500), new ScriptedResponse(503));

        await Client().ReplyAsync(_cloud.ServiceUrl, "a:1", "42", Reply, CancellationToken.None);

        Assert.Equal(3, _cloud.ConnectorRequests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], _time.Delays);
    }

    [Fact]
    public async Task ReplyAsync_ServerErrorEveryTime_GivesUpAfterBoundedRetries()
    {
        _cloud.ScriptConnector([.. Enumerable.Repeat(new ScriptedResponse(502), 10)]);

        var error = await Assert.ThrowsAsync<BotConnectorException>(() => Client().ReplyAsync(_cloud.ServiceUrl, "a:1", "42", Reply, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, error.Status);
        Assert.Equal(_options.MaxSendRetries + 1, _cloud.ConnectorRequests.Count);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    public async Task ReplyAsync_ClientError_FailsAtOnceWithoutTheToken(int status)
    {
        _cloud.ScriptConnector(new ScriptedResponse(status));

        var error = await Assert.ThrowsAsync<BotConnectorException>(() => Client().ReplyAsync(_cloud.ServiceUrl, "a:1", "42", Reply, CancellationToken.None));

        Assert.Equal(status, (int)error.Status);
        Assert.Single(_cloud.ConnectorRequests);
        Assert.DoesNotContain("secret-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyAsync_RetryAfterBeyondAMinute_GivesUp()
    {
        _cloud.ScriptConnector(new ScriptedResponse(429, RetryAfterSeconds: 3600));

        await Assert.ThrowsAsync<BotConnectorException>(() => Client().ReplyAsync(_cloud.ServiceUrl, "a:1", "42", Reply, CancellationToken.None));

        Assert.Empty(_time.Delays);
    }

    [Fact]
    public async Task SendAsync_EscapesTeamsIdsInThePath()
    {
        await Client().SendAsync(_cloud.ServiceUrl, "19:x@thread.skype;messageid=1", Reply, CancellationToken.None);

        Assert.Equal("/amer/v3/conversations/19%3Ax%40thread.skype%3Bmessageid%3D1/activities", _cloud.ConnectorRequests.Single().Path);
        Assert.Equal("Bearer secret-token", _cloud.ConnectorRequests.Single().Authorization);
    }

    private BotConnectorClient Client()
    {
        var tokens = new Mock<IBotTokenProvider>();
        tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync("secret-token");
        return new BotConnectorClient(_http, tokens.Object, Options.Create(_options), _time);
    }
}
