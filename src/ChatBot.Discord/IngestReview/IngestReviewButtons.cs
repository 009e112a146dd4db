using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.Core.Languages;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Models;
using ChatBot.Ingest;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.IngestReview;

/// <summary>
/// The review message's buttons and the edit form's submit. The router has re-checked the moderator; here the
/// custom id is parsed strictly and the draft read again, so a forged or stale button changes nothing. Approvals go
/// through the write path (validated, audited as the clicking moderator, undoable with /fact undo).
/// </summary>
public sealed class IngestReviewButtons(
    KnowledgeIngestor ingestor,
    IFactForm form,
    LanguageTable<IIngestReviewPhrases> phrasebook,
    ILogger<IngestReviewButtons> logger,
    IKnowledgeEditor? editor = null)
{
    public InteractionResponse Press(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var language = InteractionLanguage.Of(interaction);
        var phrases = phrasebook.For(language);
        if (IngestReviewCustomIds.Parse(interaction.Data?.CustomId) is not { Kind: not IngestReviewActionKind.EditForm } action)
        {
            logger.LogWarning("Refused review button {CustomId} from {UserId}", interaction.Data?.CustomId, interaction.InvokingUser?.Id);
            return DiscordResponses.Ephemeral(phrases.InvalidButton);
        }

        if (ingestor.Review(action.SourceId, out var error) is not { } review)
        {
            return Update(IngestReviewMessage.Text(phrases.DraftUnavailable(error)));
        }

        if (action.Kind == IngestReviewActionKind.Page)
        {
            return Update(IngestReviewMessage.Render(review, action.Page, null, phrases, language));
        }

        if (editor is null)
        {
            return DiscordResponses.Ephemeral(phrases.Unavailable);
        }

        if (action.Kind == IngestReviewActionKind.ApproveAll)
        {
            var all = ingestor.ApproveSome(review.SourceId, [], editor, Actor(interaction));
            return AfterChange(review.SourceId, action.Page, Notice(all, phrases), phrases, language);
        }

        var index = review.Proposals.ToList().FindIndex(p => IngestReviewCustomIds.Refers(action.FactRef!, p.Id));
        if (index < 0)
        {
            return Update(IngestReviewMessage.Render(review, 0, phrases.InvalidButton, phrases, language));
        }

        var proposal = review.Proposals[index];
        var page = IngestReviewMessage.PageOf(index);
        switch (action.Kind)
        {
            case IngestReviewActionKind.Edit:
                var customId = IngestReviewCustomIds.ForFact(IngestReviewActionKind.EditForm, review.SourceId, proposal.Id);
                return form.Open(customId, phrases.EditTitle(proposal.Id), proposal.Yaml) ?? DiscordResponses.Ephemeral(phrases.TooLongForForm);
            case IngestReviewActionKind.Skip:
                var skipped = ingestor.Skip(review.SourceId, proposal.Id);
                logger.LogInformation("Draft {SourceId}: {UserId} skipped {FactId}", review.SourceId, interaction.InvokingUser?.Id, proposal.Id);
                return AfterChange(review.SourceId, page, skipped is null ? phrases.Skipped(proposal.Id) : phrases.NotApproved(skipped), phrases, language);
            default:
                var approved = ingestor.ApproveSome(review.SourceId, [proposal.Id], editor, Actor(interaction));
                return AfterChange(review.SourceId, page, Notice(approved, phrases), phrases, language);
        }
    }

    /// <summary>The edit form's submit: the corrected fact is approved in place of the proposal.</summary>
    public InteractionResponse Submit(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var language = InteractionLanguage.Of(interaction);
        var phrases = phrasebook.For(language);
        if (IngestReviewCustomIds.Parse(interaction.Data?.CustomId) is not { Kind: IngestReviewActionKind.EditForm } action)
        {
            return DiscordResponses.Ephemeral(phrases.InvalidButton);
        }

        if (editor is null)
        {
            return DiscordResponses.Ephemeral(phrases.Unavailable);
        }

        if (form.Read(interaction.Data) is not { } yaml)
        {
            return DiscordResponses.Ephemeral(phrases.EmptyForm);
        }

        if (ingestor.Review(action.SourceId, out var error) is not { } review)
        {
            return DiscordResponses.Ephemeral(phrases.DraftUnavailable(error));
        }

        var index = review.Proposals.ToList().FindIndex(p => IngestReviewCustomIds.Refers(action.FactRef!, p.Id));
        if (index < 0)
        {
            return DiscordResponses.Ephemeral(phrases.InvalidButton);
        }

        var outcome = ingestor.ApproveEdited(review.SourceId, review.Proposals[index].Id, yaml, editor, Actor(interaction));
        if (!outcome.Succeeded && outcome.Added.Count == 0)
        {
            return DiscordResponses.Ephemeral(Notice(outcome, phrases));
        }

        // The form was opened from the review message's button, so the submit may update that message.
        var updated = AfterChange(review.SourceId, IngestReviewMessage.PageOf(index), Notice(outcome, phrases), phrases, language);
        return interaction.Message is null ? DiscordResponses.Message(updated.Data! with { Flags = MessageFlags.Ephemeral }) : updated;
    }

    private InteractionResponse AfterChange(string sourceId, int page, string notice, IIngestReviewPhrases phrases, Language language) =>
        ingestor.Review(sourceId, out var error) is { } review
            ? Update(IngestReviewMessage.Render(review, page, notice, phrases, language))
            : Update(IngestReviewMessage.Text(DraftGone(sourceId, error, notice, phrases)));

    // After the last proposal is decided the draft file is gone: that is the end of the review, not an error.
    private string DraftGone(string sourceId, string error, string notice, IIngestReviewPhrases phrases) =>
        ingestor.Drafts().Any(d => d.SourceId == sourceId)
            ? $"{notice}\n\n{phrases.DraftUnavailable(error)}"
            : $"{notice}\n\n{phrases.ReviewFinished(sourceId)}";

    private static string Notice(ApprovalOutcome outcome, IIngestReviewPhrases phrases)
    {
        var approved = outcome.Added.Count > 0 ? phrases.Approved(outcome.Added) : null;
        var refused = outcome.Errors.Count > 0 ? phrases.NotApproved(outcome.Errors[0]) : null;
        return string.Join("\n", new[] { approved, refused }.Where(s => s is not null));
    }

    private static EditActor Actor(Interaction interaction)
    {
        var user = interaction.InvokingUser;
        var name = interaction.Member?.Nick ?? user?.GlobalName ?? user?.Username ?? user?.Id ?? "?";
        return new EditActor("discord", user?.Id ?? "", name);
    }

    private static InteractionResponse Update(InteractionCallbackData data) => new() { Type = InteractionCallbackType.UpdateMessage, Data = data };
}
