using System.Text.Json;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Models;
using ChatBot.Discord.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Moq;

namespace ChatBot.Discord.Tests.Gateway;

public sealed class DiscordGatewayServiceTests : IAsyncLifetime
{
    private const int HeartbeatMs = 200;
    private readonly Mock<IDiscordInteractionHandler> _interactions = new();
    private readonly Mock<IDiscordMessageHandler> _messages = new();
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
    public async Task Start_HelloAndReady_IdentifiesAndHeartbeatsWithLastSequence()
    {
        await using var host = await StartHostAsync();
        var connection = await _gateway.NextConnectionAsync();

        await connection.HelloAsync(HeartbeatMs);
        var identify = (await connection.ReceiveOpAsync(2)).GetProperty("d");
        await connection.ReadyAsync("session-1", _gateway.ResumeUrl, DiscordPayloads.BotUserId, sequence: 7);
        var heartbeat = await connection.ReceiveOpAsync(1);
        var later = await connection.ReceiveOpAsync(1);

        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal(TestKeys.BotToken, identify.GetProperty("token").GetString());
        Assert.Equal(4609, identify.GetProperty("intents").GetInt32());
        Assert.Equal("chatbot", identify.GetProperty("properties").GetProperty("browser").GetString());
        Assert.True(identify.GetProperty("properties").TryGetProperty("os", out _));
        Assert.Equal(7, later.GetProperty("d").GetInt64());
        Assert.True(heartbeat.GetProperty("d").ValueKind is System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Number);
    }

    [Fact]
    public async Task Heartbeat_ServerRequestsOne_AnswersImmediately()
    {
        await using var host = await StartHostAsync();
        var connection = await _gateway.NextConnectionAsync();
        await connection.HelloAsync(60_000);
        await connection.ReceiveOpAsync(2);

        await connection.SendAsync("""{"op":1,"d":null,"s":null,"t":null}""");

        // The regular heartbeat is a minute away, so a heartbeat now is the answer; before any dispatch it carries no sequence.
        var heartbeat = await connection.ReceiveOpAsync(1, TimeSpan.FromSeconds(10));
        Assert.Equal(JsonValueKind.Null, heartbeat.GetProperty("d").ValueKind);
    }

    [Fact]
    public async Task Heartbeat_NoAck_ClosesResumablyAndResumes()
    {
        _gateway.AcknowledgeHeartbeats = false;
        await using var host = await StartHostAsync();
        var first = await _gateway.NextConnectionAsync();
        await first.HelloAsync(HeartbeatMs);
        await first.ReceiveOpAsync(2);
        await first.ReadyAsync("session-1", _gateway.ResumeUrl, DiscordPayloads.BotUserId, sequence: 3);

        var second = await _gateway.NextConnectionAsync();
        await second.HelloAsync(HeartbeatMs);
        var resume = (await second.ReceiveOpAsync(6)).GetProperty("d");

        await first.Closed;
        Assert.NotNull(first.ClientCloseCode);
        Assert.NotEqual(1000, first.ClientCloseCode);
        Assert.Equal("/resume", second.Path);
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());
        Assert.Equal(3, resume.GetProperty("seq").GetInt64());
        Assert.Equal(TestKeys.BotToken, resume.GetProperty("token").GetString());
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesOnResumeGatewayUrl()
    {
        await using var host = await StartHostAsync();
        var first = await ReadyConnectionAsync(sequence: 5);

        await first.SendAsync("""{"op":7,"d":null,"s":null,"t":null}""");
        var second = await _gateway.NextConnectionAsync();
        await second.HelloAsync(HeartbeatMs);
        var resume = (await second.ReceiveOpAsync(6)).GetProperty("d");

        Assert.Equal("/resume", second.Path);
        Assert.Equal("?v=10&encoding=json", second.Query);
        Assert.Equal(5, resume.GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAgainOnGatewayUrl()
    {
        await using var host = await StartHostAsync(new AcceleratedTimeProvider(20));
        var first = await _gateway.NextConnectionAsync();
        await first.HelloAsync(HeartbeatMs * 20);
        await first.ReceiveOpAsync(2);
        await first.ReadyAsync("session-1", _gateway.ResumeUrl, DiscordPayloads.BotUserId);

        await first.SendAsync("""{"op":9,"d":false,"s":null,"t":null}""");
        var second = await _gateway.NextConnectionAsync();
        await second.HelloAsync(HeartbeatMs * 20);
        var identify = await second.ReceiveOpAsync(2);

        Assert.Equal("/", second.Path);
        Assert.Equal(TestKeys.BotToken, identify.GetProperty("d").GetProperty("token").GetString());
    }

    [Fact]
    public async Task Close4014_StopsApplicationNamingThePrivilegedIntent()
    {
        await using var host = await StartHostAsync(intents: "GUILDS,GUILD_MESSAGES,MESSAGE_CONTENT");
        var connection = await _gateway.NextConnectionAsync();
        await connection.HelloAsync(HeartbeatMs);
        var identify = await connection.ReceiveOpAsync(2);

        await connection.CloseAsync(4014);

        Assert.True(await Eventually.TrueAsync(() => host.Lifetime.ApplicationStopping.IsCancellationRequested));
        Assert.Equal(33281, identify.GetProperty("d").GetProperty("intents").GetInt32());
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Critical && e.Message.Contains("Privileged Gateway Intents", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InteractionCreate_Dispatch_AnswersThroughCallbackEndpoint()
    {
        _interactions.Setup(h => h.HandleAsync(It.IsAny<Interaction>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new InteractionResponse
            {
                Type = InteractionCallbackType.ChannelMessageWithSource,
                Data = new InteractionCallbackData { Content = "answer" },
            });
        await using var host = await StartHostAsync();
        var connection = await ReadyConnectionAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", DiscordPayloads.SlashCommand, 2);
        var callback = await _rest.WaitForAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal));

        Assert.Equal($"/api/v10/interactions/1180000000000000001/{DiscordPayloads.InteractionToken}/callback", callback.Path);
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal("answer", callback.Json.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(0, callback.Json.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task MessageCreate_SplitAcrossFramesMentioningBot_RepliesWithReference()
    {
        Message? received = null;
        _messages.Setup(h => h.HandleMentionAsync(It.IsAny<Message>(), It.IsAny<CancellationToken>()))
            .Callback<Message, CancellationToken>((m, _) => received = m)
            .ReturnsAsync(new MessageReply("About $13B @everyone"));
        await using var host = await StartHostAsync();
        var connection = await ReadyConnectionAsync();

        var json = $$"""{"op":0,"d":{{DiscordPayloads.MessageCreate()}},"s":2,"t":"MESSAGE_CREATE"}""";
        await connection.SendFramesAsync(json, frames: 4);
        var reply = await _rest.WaitForAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));

        Assert.Equal("/api/v10/channels/1100000000000000002/messages", reply.Path);
        Assert.Equal("About $13B @everyone", reply.Json.GetProperty("content").GetString());
        var reference = reply.Json.GetProperty("message_reference");
        Assert.Equal("1190000000000000001", reference.GetProperty("message_id").GetString());
        Assert.Equal("1100000000000000002", reference.GetProperty("channel_id").GetString());
        Assert.Equal("1100000000000000001", reference.GetProperty("guild_id").GetString());
        Assert.False(reference.GetProperty("fail_if_not_exists").GetBoolean());
        Assert.Equal(0, reply.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(reply.Json.GetProperty("allowed_mentions").GetProperty("replied_user").GetBoolean());
        Assert.Equal($"<@{DiscordPayloads.BotUserId}> How much did Microsoft invest in OpenAI?", received!.Content);
    }

    [Fact]
    public async Task MessageCreate_NotAddressedOrFromBots_IsIgnored()
    {
        _messages.Setup(h => h.HandleMentionAsync(It.IsAny<Message>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new MessageReply("reply"));
        await using var host = await StartHostAsync();
        var connection = await ReadyConnectionAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.MessageCreate(id: "1", authorIsBot: true), 2);
        await connection.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.MessageCreate(id: "2", authorId: DiscordPayloads.BotUserId), 3);
        await connection.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.MessageCreate(id: "3", content: $"<@{DiscordPayloads.BotUserId}>"), 4);
        await connection.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.MessageCreate(id: "4", content: "unrelated chat", mentionsBot: false), 5);
        await connection.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.MessageCreate(id: "5", content: "a DM question", mentionsBot: false, guildId: null), 6);
        await _rest.WaitForAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));

        // The gateway dispatches in order, so every message is dispatched once the last one is answered; stopping waits
        // for the dispatched work to finish, after which nothing can still call the handler.
        await host.StopAsync();

        _messages.Verify(h => h.HandleMentionAsync(It.Is<Message>(m => m.Id == "5"), It.IsAny<CancellationToken>()), Times.Once);
        _messages.Verify(h => h.HandleMentionAsync(It.Is<Message>(m => m.Id != "5"), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Stop_RunningSession_ClosesWithResumableCode()
    {
        var host = await StartHostAsync();
        var connection = await ReadyConnectionAsync();

        await host.DisposeAsync();
        await connection.Closed;

        Assert.Equal(GatewayCloseCodes.Resumable, connection.ClientCloseCode);
    }

    private Task<GatewayHost> StartHostAsync(TimeProvider? time = null, string? intents = null) =>
        GatewayHost.StartAsync(_gateway, _rest, _interactions.Object, _messages.Object, time, intents);

    private async Task<FakeGatewayConnection> ReadyConnectionAsync(int sequence = 1)
    {
        var connection = await _gateway.NextConnectionAsync();
        await connection.HelloAsync(HeartbeatMs);
        await connection.ReceiveOpAsync(2);
        await connection.ReadyAsync("session-1", _gateway.ResumeUrl, DiscordPayloads.BotUserId, sequence);
        return connection;
    }
}
