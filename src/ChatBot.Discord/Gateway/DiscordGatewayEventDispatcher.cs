using System.Collections.Concurrent;
using System.Text.Json;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Json;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// Turns INTERACTION_CREATE and MESSAGE_CREATE dispatches into handler calls and REST answers, off the receive loop so
/// heartbeats never wait for a slow answer. Each event gets its own DI scope.
/// </summary>
public sealed class DiscordGatewayEventDispatcher(
    IServiceScopeFactory scopes,
    DiscordInteractionProcessor processor,
    DiscordRestClient rest,
    ILogger<DiscordGatewayEventDispatcher> logger) : IDisposable
{
    private readonly ConcurrentDictionary<Task, bool> _inFlight = new();
    private readonly CancellationTokenSource _shutdown = new();

    /// <summary>Starts handling one dispatch; returns without waiting for the answer.</summary>
    public void Dispatch(string? eventName, JsonElement data, long receivedAt, string? botUserId)
    {
        Func<Task>? work = eventName switch
        {
            "INTERACTION_CREATE" => () => HandleInteractionAsync(data, receivedAt),
            "MESSAGE_CREATE" when botUserId is not null => () => HandleMessageAsync(data, botUserId),
            _ => null,
        };
        if (work is null)
        {
            return;
        }

        var task = Task.Run(work, CancellationToken.None);
        _inFlight.TryAdd(task, true);
        _ = task.ContinueWith(t => _inFlight.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Lets in-flight events finish for up to <paramref name="timeout"/>, then cancels the rest.</summary>
    public async Task DrainAsync(TimeSpan timeout)
    {
        await Task.WhenAny(Task.WhenAll(_inFlight.Keys), Task.Delay(timeout));
        await _shutdown.CancelAsync();
    }

    public void Dispose() => _shutdown.Dispose();

    /// <summary>A message is for the bot when a human sent it in a DM or mentioned the bot, and asked something.</summary>
    internal static bool IsAddressedToBot(Message message, string botUserId) =>
        message.Author is { } author
        && author.Bot != true
        && author.Id != botUserId
        && (message.GuildId is null || message.Mentions?.Any(user => user.Id == botUserId) == true)
        && DiscordMentions.StripBotMention(message.Content, botUserId).Length > 0;

    private async Task HandleInteractionAsync(JsonElement data, long receivedAt)
    {
        if (!InteractionParser.TryParse(data, out var interaction))
        {
            logger.LogWarning("Ignored a malformed INTERACTION_CREATE dispatch");
            return;
        }

        try
        {
            // The processor has applied Discord's limits to the response already.
            var outcome = await processor.ProcessAsync(interaction, receivedAt, _shutdown.Token);
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, outcome.InitialResponse, _shutdown.Token);
            processor.ContinueDeferred(interaction, outcome);
        }
        catch (Exception ex) when (ex is HttpRequestException or DiscordRestException or OperationCanceledException)
        {
            logger.LogError(ex, "Could not answer interaction {InteractionId}", interaction.Id);
        }
    }

    private async Task HandleMessageAsync(JsonElement data, string botUserId)
    {
        Message? message;
        try
        {
            message = data.Deserialize(DiscordJsonContext.Default.Message);
        }
        catch (JsonException)
        {
            message = null;
        }

        if (message is null || !IsAddressedToBot(message, botUserId))
        {
            return;
        }

        var reply = await InvokeMessageHandlerAsync(message);
        if (reply is null)
        {
            return;
        }

        var request = new CreateMessageRequest
        {
            Content = reply.Content,
            Embeds = reply.Embeds,
            Components = reply.Components,
            MessageReference = new MessageReference
            {
                MessageId = message.Id,
                ChannelId = message.ChannelId,
                GuildId = message.GuildId,
                FailIfNotExists = false,
            },
        };
        try
        {
            // Channel messages are built here only, so this is where their limits are applied.
            await rest.CreateMessageAsync(message.ChannelId, DiscordMessageLimits.Apply(request), _shutdown.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or DiscordRestException or OperationCanceledException)
        {
            logger.LogError(ex, "Could not reply to message {MessageId} in channel {ChannelId}", message.Id, message.ChannelId);
        }
    }

    private async Task<MessageReply?> InvokeMessageHandlerAsync(Message message)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var handler = scope.ServiceProvider.GetRequiredService<IDiscordMessageHandler>();
            return await handler.HandleMentionAsync(message, _shutdown.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_shutdown.IsCancellationRequested)
        {
            logger.LogError(ex, "Message handler failed for message {MessageId} in channel {ChannelId}", message.Id, message.ChannelId);
            return new MessageReply(InteractionResponses.ErrorText);
        }
    }
}
