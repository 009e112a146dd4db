using ChatBot.Discord.Configuration;
using ChatBot.Discord.IngestReview;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Models;
using ChatBot.Discord.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static ChatBot.Discord.Commands.DiscordCommandDefinitions;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Routes every interaction, from the HTTP endpoint or the gateway alike: slash and message commands by name,
/// autocomplete to the subject or fact suggestions, and button presses and form submits by <c>custom_id</c>. Moderator
/// commands, their buttons and their forms are re-checked here.
/// </summary>
public sealed class DiscordCommandRouter(
    AnswerCommands answers,
    SubjectAutocomplete autocomplete,
    SourcesButton sources,
    ReloadCommand reload,
    FactCommands facts,
    FactAutocomplete factAutocomplete,
    KnowledgeStatusCommand status,
    IOptions<DiscordOptions> options,
    ILogger<DiscordCommandRouter> logger,
    KnowledgeStaleCommand stale,
    IngestReviewCommands? ingestReview = null) : IDiscordInteractionHandler
{
    /// <inheritdoc/>
    public async Task<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var response = interaction.Type switch
        {
            InteractionType.ApplicationCommand => await CommandAsync(interaction, ct),
            InteractionType.ApplicationCommandAutocomplete when interaction.Data?.Name == FactCommand =>
                IsModerator(interaction) ? factAutocomplete.Suggest(interaction) : DiscordResponses.Choices([]),
            InteractionType.MessageComponent when FactCustomIds.IsFact(interaction.Data?.CustomId) => Moderated(interaction, facts.Press),
            InteractionType.ModalSubmit when FactCustomIds.IsFact(interaction.Data?.CustomId) => Moderated(interaction, facts.Submit),
            InteractionType.ApplicationCommandAutocomplete when interaction.Data?.Name == DraftsCommandName =>
                IsModerator(interaction) && ingestReview is not null ? ingestReview.Drafts.Suggest(interaction) : DiscordResponses.Choices([]),
            InteractionType.MessageComponent when IngestReviewCustomIds.IsIngest(interaction.Data?.CustomId) => Moderated(interaction, IngestReviewPress),
            InteractionType.ModalSubmit when IngestReviewCustomIds.IsIngest(interaction.Data?.CustomId) => Moderated(interaction, IngestReviewSubmit),
            InteractionType.ApplicationCommandAutocomplete => autocomplete.Suggest(interaction),
            InteractionType.MessageComponent => Component(interaction),
            _ => Unknown(interaction),
        };
        return response;
    }

    private async Task<InteractionResponse> CommandAsync(Interaction interaction, CancellationToken ct)
    {
        var definition = Find(interaction.Data?.Name);
        if (definition is null)
        {
            return Unknown(interaction);
        }

        if (IsModeratorOnly(definition) && !IsModerator(interaction))
        {
            logger.LogWarning("Refused moderator command {Command} for user {UserId}", definition.Name, interaction.InvokingUser?.Id);
            return DiscordResponses.Ephemeral(DiscordPhrases.For(InteractionLanguage.Of(interaction)).ModeratorsOnly);
        }

        return definition.Name switch
        {
            Ask => await answers.AskAsync(interaction, ct),
            AskMessage => await answers.AskAboutMessageAsync(interaction, ct),
            Pledge => answers.Pledge(interaction),
            Compare => answers.Compare(interaction),
            Top => answers.Top(interaction),
            DiscordCommandDefinitions.Sources => answers.Sources(interaction),
            Help => answers.Help(interaction),
            Reload => reload.Run(interaction),
            FactCommand => facts.Run(interaction),
            KnowledgeCommand when KnowledgeStaleCommand.IsStale(interaction) => stale.Run(interaction),
            KnowledgeCommand => status.Run(interaction),
            IngestCommandName => ingestReview?.Ingest.Run(interaction, ct) ?? IngestUnavailable(interaction),
            DraftsCommandName => ingestReview?.Drafts.Run(interaction) ?? IngestUnavailable(interaction),
            _ => Unknown(interaction),
        };
    }

    // Buttons and form submits carry the member again: rights are checked on every one of them, not only on the command.
    private InteractionResponse Moderated(Interaction interaction, Func<Interaction, InteractionResponse> handle)
    {
        if (IsModerator(interaction))
        {
            return handle(interaction);
        }

        logger.LogWarning("Refused moderator action {CustomId} for user {UserId}", interaction.Data?.CustomId, interaction.InvokingUser?.Id);
        return DiscordResponses.Ephemeral(DiscordPhrases.For(InteractionLanguage.Of(interaction)).ModeratorsOnly);
    }

    private InteractionResponse IngestReviewPress(Interaction interaction) => ingestReview?.Buttons.Press(interaction) ?? IngestUnavailable(interaction);

    private InteractionResponse IngestReviewSubmit(Interaction interaction) => ingestReview?.Buttons.Submit(interaction) ?? IngestUnavailable(interaction);

    private static InteractionResponse IngestUnavailable(Interaction interaction) =>
        DiscordResponses.Ephemeral(IngestReviewPhrasebook.Default.For(InteractionLanguage.Of(interaction)).Unavailable);

    private bool IsModerator(Interaction interaction) => ModeratorPermissions.IsModerator(interaction, options.Value.GetModeratorRoleIds());

    private InteractionResponse Component(Interaction interaction) =>
        SourcesButtonId.Parse(interaction.Data?.CustomId) is { } factIds ? sources.Press(interaction, factIds) : Unknown(interaction);

    private InteractionResponse Unknown(Interaction interaction)
    {
        logger.LogWarning("Unknown interaction {InteractionType} {Command}", interaction.Type, interaction.Data?.Name ?? interaction.Data?.CustomId);
        return DiscordResponses.Ephemeral(DiscordPhrases.For(InteractionLanguage.Of(interaction)).UnknownCommand);
    }
}
