using System.Net;
using System.Text;
using System.Text.Json;
using ChatBot.Discord.Http;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Models;
using ChatBot.Discord.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ChatBot.Discord.Tests.Http;

public sealed class DiscordInteractionEndpointsTests : IAsyncLifetime
{
    private readonly Mock<IDiscordInteractionHandler> _handler = new();
    private FakeDiscordRestServer _rest = null!;
    private InteractionEndpointHost _host = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRestServer.StartAsync();
        _host = await InteractionEndpointHost.StartAsync(_handler.Object, _rest.ApiBaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task Post_SignedPing_ReturnsPongAsApplicationJson()
    {
        using var response = await _host.PostSignedAsync(DiscordPayloads.Ping);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_TamperedBody_Returns401()
    {
        using var response = await _host.PostSignedAsync(DiscordPayloads.Ping, request =>
            request.Content = new StringContent(DiscordPayloads.Ping.Replace("\"type\":1", "\"type\":2", StringComparison.Ordinal), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TamperedTimestamp_Returns401()
    {
        using var response = await _host.PostSignedAsync(DiscordPayloads.Ping, request =>
        {
            request.Headers.Remove(DiscordInteractionEndpoints.TimestampHeader);
            request.Headers.TryAddWithoutValidation(DiscordInteractionEndpoints.TimestampHeader, "1");
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedWithAnotherKey_Returns401()
    {
        var otherKeys = new TestKeys();

        using var response = await _host.PostSignedAsync(DiscordPayloads.Ping, request =>
        {
            var timestamp = request.Headers.GetValues(DiscordInteractionEndpoints.TimestampHeader).Single();
            request.Headers.Remove(DiscordInteractionEndpoints.SignatureHeader);
            request.Headers.TryAddWithoutValidation(DiscordInteractionEndpoints.SignatureHeader, otherKeys.Sign(timestamp, Encoding.UTF8.GetBytes(DiscordPayloads.Ping)));
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("zz")]
    [InlineData("")]
    [InlineData("00")]
    public async Task Post_MalformedSignature_Returns401(string signature)
    {
        using var response = await _host.PostSignedAsync(DiscordPayloads.Ping, request =>
        {
            request.Headers.Remove(DiscordInteractionEndpoints.SignatureHeader);
            request.Headers.TryAddWithoutValidation(DiscordInteractionEndpoints.SignatureHeader, signature.Length == 2 ? string.Concat(Enumerable.Repeat(signature, 64)) : signature);
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_MissingHeaders_Returns401()
    {
        using var response = await _host.PostSignedAsync(DiscordPayloads.Ping, request =>
        {
            request.Headers.Remove(DiscordInteractionEndpoints.SignatureHeader);
            request.Headers.Remove(DiscordInteractionEndpoints.TimestampHeader);
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOver64KiB_Returns413()
    {
        var oversized = DiscordPayloads.Ping[..^1] + ",\"pad\":\"" + new string('x', 70_000) + "\"}";

        using var response = await _host.PostSignedAsync(oversized);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_MalformedJsonWithValidSignature_Returns400()
    {
        using var response = await _host.PostSignedAsync("{\"type\":2,");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        _handler.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("""{"type":2}""")]
    [InlineData("""{"type":2,"data":null}""")]
    [InlineData("""{"type":2,"id":null,"token":null,"application_id":"1","data":{"name":"nope"}}""")]
    [InlineData("""{"type":2,"id":"1","token":"t","application_id":"1","user":{"id":null}}""")]
    [InlineData("""{"type":4,"id":"1","token":null,"application_id":"1"}""")]
    [InlineData("""{"type":99,"id":"1","token":"t","application_id":"1"}""")]
    [InlineData("""[]""")]
    [InlineData("""null""")]
    public async Task Post_SignedButIncompleteInteraction_Returns400WithoutCallingHandler(string body)
    {
        using var response = await _host.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        _handler.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Post_MalformedChunkedBody_Returns400AndLogsNoError()
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        var address = _host.Client.BaseAddress!;
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        var request = $"POST {DiscordInteractionEndpoints.Route} HTTP/1.1\r\nHost: {address.Authority}\r\nTransfer-Encoding: chunked\r\n"
            + "Content-Type: application/json\r\n\r\nZZ-not-a-chunk-size\r\n{}\r\n0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer);

        Assert.StartsWith("HTTP/1.1 400", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
        _handler.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Post_BodyCutOffByClient_LogsClientErrorNotFailure()
    {
        var address = _host.Client.BaseAddress!;
        using (var tcp = new System.Net.Sockets.TcpClient())
        {
            await tcp.ConnectAsync(address.Host, address.Port);
            var request = $"POST {DiscordInteractionEndpoints.Route} HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Length: 1000\r\n"
                + "Content-Type: application/json\r\n\r\n{\"type\":";
            await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes(request));
        }

        Assert.True(await Eventually.TrueAsync(() => _host.Logs.Entries.Any(e => e.Message.Contains("could not be read", StringComparison.Ordinal)
            || e.Message.Contains("went away", StringComparison.Ordinal))));
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
        _handler.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Post_SlashCommand_ReturnsHandlerResponseInline()
    {
        Interaction? received = null;
        _handler.Setup(h => h.HandleAsync(It.IsAny<Interaction>(), It.IsAny<CancellationToken>()))
            .Callback<Interaction, CancellationToken>((i, _) => received = i)
            .ReturnsAsync(new InteractionResponse
            {
                Type = InteractionCallbackType.ChannelMessageWithSource,
                Data = new InteractionCallbackData { Content = "Microsoft invested $13B.", Embeds = [new Embed { Title = "Sources" }] },
            });

        using var response = await _host.PostSignedAsync(DiscordPayloads.SlashCommand);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal("Microsoft invested $13B.", json.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(0, json.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal("invest", received!.Data!.Name);
        Assert.Equal("Microsoft", received.Data.Options![0].Value!.Value.GetString());
        Assert.Equal(DiscordPayloads.UserId, received.InvokingUser!.Id);
        Assert.Equal("2147483647", received.Member!.Permissions);
    }

    [Fact]
    public async Task Post_SlowHandler_DefersThenPatchesOriginal()
    {
        var time = new SignallingTimeProvider();
        var release = new TaskCompletionSource();
        _handler.Setup(h => h.HandleAsync(It.IsAny<Interaction>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                await release.Task;
                return new InteractionResponse
                {
                    Type = InteractionCallbackType.ChannelMessageWithSource,
                    Data = new InteractionCallbackData { Content = "late answer" },
                };
            });
        await using var host = await StartWithClockAsync(time);

        var pending = host.PostSignedAsync(DiscordPayloads.SlashCommand);
        await time.TimersCreatedAsync(1);
        time.Advance(TimeSpan.FromSeconds(1));
        using var response = await pending;
        release.SetResult();
        var patch = await _rest.WaitForAsync(r => r.Method == "PATCH");

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(5, json.GetProperty("type").GetInt32());
        Assert.Equal($"/api/v10/webhooks/{TestKeys.ApplicationId}/{DiscordPayloads.InteractionToken}/messages/@original", patch.Path);
        Assert.Equal("late answer", patch.Json.GetProperty("content").GetString());
        Assert.Equal(0, patch.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task Post_SlowAutocomplete_AnswersEmptyChoicesInTime()
    {
        var time = new SignallingTimeProvider();
        var release = new TaskCompletionSource();
        _handler.Setup(h => h.HandleAsync(It.IsAny<Interaction>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                await release.Task;
                return new InteractionResponse { Type = InteractionCallbackType.ApplicationCommandAutocompleteResult };
            });
        await using var host = await StartWithClockAsync(time);

        var pending = host.PostSignedAsync(DiscordPayloads.Autocomplete);
        await time.TimersCreatedAsync(1);
        time.Advance(TimeSpan.FromSeconds(1));
        using var response = await pending;
        release.SetResult();

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(8, json.GetProperty("type").GetInt32());
        Assert.Equal(0, json.GetProperty("data").GetProperty("choices").GetArrayLength());
    }

    [Fact]
    public async Task Post_HandlerThrows_ReturnsEphemeralErrorAndLogsDetails()
    {
        _handler.Setup(h => h.HandleAsync(It.IsAny<Interaction>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("boom"));

        using var response = await _host.PostSignedAsync(DiscordPayloads.SlashCommand);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.DoesNotContain("boom", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains(_host.Logs.Entries, e => e.Exception?.Message == "boom");
    }

    [Fact]
    public async Task MapDiscordInteractions_WithoutPublicKey_LeavesRouteUnmapped()
    {
        await using var host = await InteractionEndpointHost.StartAsync(_handler.Object, _rest.ApiBaseUrl, withPublicKey: false);

        using var response = await host.PostSignedAsync(DiscordPayloads.Ping);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<InteractionEndpointHost> StartWithClockAsync(TimeProvider time) =>
        InteractionEndpointHost.StartAsync(services => services.AddSingleton(_handler.Object).AddSingleton(time), _rest.ApiBaseUrl);
}
