using System.Collections.Concurrent;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Runs <see cref="IDiscordInteractionHandler"/> in its own DI scope for either transport, keeps Discord's 3 s deadline by
/// deferring, and delivers late answers through the REST client. Every interaction response – inline, through the
/// gateway, as a follow-up or an edit – leaves through here, so Discord's message limits are applied here and nowhere else.
/// </summary>
public sealed class DiscordInteractionProcessor(
    IServiceScopeFactory scopes,
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordInteractionProcessor> logger,
    DeferredInteractions? deferred = null) : IAsyncDisposable
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<Task, bool> _pending = new();
    private readonly CancellationTokenSource _shutdown = new();

    /// <summary>Returns the handler's response, or a deferral once the deadline since <paramref name="receivedAt"/> passes.</summary>
    public async Task<InteractionOutcome> ProcessAsync(Interaction interaction, long receivedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var answer = Track(Task.Run(() => InvokeHandlerAsync(interaction), CancellationToken.None));
        var remaining = options.Value.InteractionResponseDeadline - time.GetElapsedTime(receivedAt);
        try
        {
            // One timer inside WaitAsync instead of a linked token source, a delay task and WhenAny per interaction.
            var response = await answer.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, time, ct);

            // A handler that deferred on purpose (long work such as a download) finishes through the same late path.
            var later = deferred?.Take(interaction.Id);
            return new InteractionOutcome(response, later is null ? null : Track(LimitedAsync(interaction, later)));
        }
        catch (TimeoutException)
        {
            // The deadline passed; the handler keeps running and its answer is delivered late.
        }

        logger.LogInformation("Interaction {InteractionId} missed the {Deadline} deadline; deferring", interaction.Id, options.Value.InteractionResponseDeadline);
        return new InteractionOutcome(InteractionResponses.DeferFor(interaction), deferred is null ? answer : Track(ThenDeferredAsync(interaction, answer)));
    }

    /// <summary>After the deferral has been sent, waits for the answer and edits the original response with it.</summary>
    public void ContinueDeferred(Interaction interaction, InteractionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.PendingAnswer is null)
        {
            return;
        }

        Track(DeliverLateAnswerAsync(interaction, outcome.InitialResponse, outcome.PendingAnswer));
    }

    /// <summary>On shutdown, gives running handlers and late answers a bounded time to finish, then cancels them.</summary>
    public async ValueTask DisposeAsync()
    {
        await Task.WhenAny(Task.WhenAll(_pending.Keys), Task.Delay(DrainTimeout, time));
        await _shutdown.CancelAsync();
        _shutdown.Dispose();
    }

    private TTask Track<TTask>(TTask task)
        where TTask : Task
    {
        _pending.TryAdd(task, true);
        _ = task.ContinueWith(t => _pending.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    private async Task<InteractionResponse> InvokeHandlerAsync(Interaction interaction)
    {
        var ct = _shutdown.Token;
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var handler = scope.ServiceProvider.GetRequiredService<IDiscordInteractionHandler>();
            return DiscordMessageLimits.Apply(await handler.HandleAsync(interaction, ct));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Handler failed for interaction {InteractionId} (type {InteractionType}, command {CommandName})",
                interaction.Id, interaction.Type, interaction.Data?.Name ?? interaction.Data?.CustomId);
            deferred?.Take(interaction.Id); // work a failed handler started is not delivered, and not kept
            return DiscordMessageLimits.Apply(InteractionResponses.ErrorFor(interaction));
        }
    }

    private async Task<InteractionResponse> ThenDeferredAsync(Interaction interaction, Task<InteractionResponse> answer)
    {
        var response = await answer;
        return deferred?.Take(interaction.Id) is { } later ? await LimitedAsync(interaction, later) : response;
    }

    private async Task<InteractionResponse> LimitedAsync(Interaction interaction, Task<InteractionResponse> work)
    {
        try
        {
            return DiscordMessageLimits.Apply(await work);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_shutdown.IsCancellationRequested)
        {
            logger.LogError(ex, "Deferred work failed for interaction {InteractionId}", interaction.Id);
            return DiscordMessageLimits.Apply(InteractionResponses.ErrorFor(interaction));
        }
    }

    private async Task DeliverLateAnswerAsync(Interaction interaction, InteractionResponse deferral, Task<InteractionResponse> pending)
    {
        try
        {
            var answer = await pending;
            if (deferral.Type == InteractionCallbackType.ApplicationCommandAutocompleteResult || answer.Data is null)
            {
                logger.LogWarning("Late answer for interaction {InteractionId} (type {ResponseType}) cannot be delivered", interaction.Id, answer.Type);
                return;
            }

            // The answer's limits were applied when the handler returned it.
            var ct = _shutdown.Token;
            var data = answer.Data with { Choices = null };
            if (deferral.Type == InteractionCallbackType.DeferredUpdateMessage && answer.Type != InteractionCallbackType.UpdateMessage)
            {
                await rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, data, ct);
            }
            else
            {
                // Editing a message only accepts display flags; ephemerality was fixed by the deferral.
                await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, data with { Flags = null }, ct);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or DiscordRestException or OperationCanceledException)
        {
            logger.LogError(ex, "Could not deliver the late answer for interaction {InteractionId}", interaction.Id);
        }
    }
}
