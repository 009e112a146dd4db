using ChatBot.Core.Answers;
using ChatBot.Discord.Tests.TestSupport;

namespace ChatBot.Discord.Tests.Commands;

/// <summary>The real router and mention responder behind the gateway, answering through the fake REST API.</summary>
public sealed class DiscordCommandsGatewayTests : IAsyncLifetime
{
    private readonly IAnswerEngine _engine = CuratedKnowledge.Engine();
    private FakeGatewayServer _gateway = null!;
    private FakeDiscordRestServer _rest = null!;

    public async Task InitializeAsync()
    {
        _gateway = await FakeGatewayServer.StartAsync();
        _rest = await FakeDiscordRestServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task InteractionCreate_Ask_AnsweredThroughTheCallbackWithTheEnginesFigure()
    {
        const string question = "How much does Amazon invest in 2025?";
        var figure = _engine.Ask(question).Sections[0].Items[0].Figure!;
        await using var host = await GatewayHost.StartAsync(_gateway, _rest, services => services.AddCuratedBot());
        var connection = await ReadyAsync();

        var payload = CommandPayloads.Slash("ask", options: ("question", 3, question));
        await connection.DispatchAsync("INTERACTION_CREATE", payload, 2);

        var callback = await _rest.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var json = callback.Json;
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Contains($"**{figure}**", json.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        DiscordLimitsAssert.SafeMessage(json.GetProperty("data"));
    }

    [Fact]
    public async Task MessageCreate_Mention_RepliedWithTheEnginesAnswer()
    {
        const string question = "Wie viel investiert Meta 2025?";
        var expected = _engine.Ask(question);
        await using var host = await GatewayHost.StartAsync(_gateway, _rest, services => services.AddCuratedBot());
        var connection = await ReadyAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.MessageCreate(content: $"<@{DiscordPayloads.BotUserId}> {question} @everyone"), 2);

        var reply = await _rest.WaitForAsync(r => r.Method == "POST" && r.Path.Contains("/messages", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var json = reply.Json;
        Assert.Equal("1190000000000000001", json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Equal(expected.Headline, json.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.StartsWith("sources:", json.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(json.GetProperty("allowed_mentions").GetProperty("replied_user").GetBoolean());
    }

    private async Task<FakeGatewayConnection> ReadyAsync()
    {
        var connection = await _gateway.NextConnectionAsync();
        await connection.HelloAsync(45_000);
        await connection.ReceiveOpAsync(2);
        await connection.ReadyAsync("session-1", _gateway.ResumeUrl, DiscordPayloads.BotUserId);
        return connection;
    }
}
