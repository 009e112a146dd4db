using System.Text.Json;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Models;
using ChatBot.Discord.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Discord.Tests.Interactions;

/// <summary>A handler that defers on purpose: an ephemeral type 5 at once, then its work's result as the edit of @original.</summary>
public sealed class DeferredInteractionsTests : IAsyncLifetime
{
    private readonly TaskCompletionSource<InteractionResponse> _work = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FakeDiscordRestServer _rest = null!;
    private InteractionEndpointHost _host = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRestServer.StartAsync();
        _host = await InteractionEndpointHost.StartAsync(services => services.AddScoped<IDiscordInteractionHandler, DeferringHandler>().AddSingleton(_work), _rest.ApiBaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task Post_HandlerDefers_EphemeralType5NowAndTheWorkEditsTheOriginalLater()
    {
        using var response = await _host.PostSignedAsync(DiscordPayloads.SlashCommand);
        var initial = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Empty(_rest.Requests);

        _work.SetResult(new InteractionResponse
        {
            Type = InteractionCallbackType.ChannelMessageWithSource,
            Data = new InteractionCallbackData { Content = "done @everyone", Flags = MessageFlags.Ephemeral },
        });
        var edit = await _rest.WaitForAsync(r => r.Method == "PATCH");

        Assert.Equal(5, initial.GetProperty("type").GetInt32());
        Assert.Equal(64, initial.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal($"/api/v10/webhooks/{TestKeys.ApplicationId}/{DiscordPayloads.InteractionToken}/messages/@original", edit.Path);
        Assert.Equal("done @everyone", edit.Json.GetProperty("content").GetString());
        Assert.Equal(0, edit.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(edit.Json.TryGetProperty("flags", out _));
    }

    [Fact]
    public async Task Post_DeferredWorkThrows_TheOriginalShowsTheGenericError()
    {
        using var response = await _host.PostSignedAsync(DiscordPayloads.SlashCommand);
        _work.SetException(new InvalidOperationException("boom"));

        var edit = await _rest.WaitForAsync(r => r.Method == "PATCH");

        Assert.Equal(InteractionResponses.ErrorText, edit.Json.GetProperty("content").GetString());
    }

    private sealed class DeferringHandler(DeferredInteractions deferred, TaskCompletionSource<InteractionResponse> work) : IDiscordInteractionHandler
    {
        public Task<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken ct) =>
            Task.FromResult(deferred.Defer(interaction, _ => work.Task, ct));
    }
}
