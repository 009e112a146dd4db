using ChatBot.Core.Languages;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Models;
using ChatBot.Ingest;

namespace ChatBot.Discord.IngestReview;

/// <summary><c>/drafts [source_id]</c> (moderators): the drafts awaiting review, or the review message of one.</summary>
public sealed class DraftsCommand(KnowledgeIngestor ingestor, LanguageTable<IIngestReviewPhrases> phrasebook)
{
    public const string SourceIdOption = "source_id";
    private const int MaxListed = 20;
    private const int MaxChoices = 25;
    private const int MaxChoiceName = 100;

    public static IReadOnlyList<ApplicationCommandOption> Options { get; } =
    [
        new() { Type = ApplicationCommandOptionType.String, Name = SourceIdOption, Description = "Open this draft's review", Autocomplete = true, MaxLength = 80 },
    ];

    public InteractionResponse Run(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var language = InteractionLanguage.Of(interaction);
        var phrases = phrasebook.For(language);
        if (InteractionOptions.String(interaction.Data, SourceIdOption) is { } sourceId)
        {
            return ingestor.Review(sourceId, out var error) is { } review
                ? DiscordResponses.Message(IngestReviewMessage.Render(review, 0, null, phrases, language) with { Flags = MessageFlags.Ephemeral })
                : DiscordResponses.Ephemeral(phrases.DraftUnavailable(error));
        }

        var drafts = ingestor.Drafts();
        if (drafts.Count == 0)
        {
            return DiscordResponses.Ephemeral(phrases.NoDrafts);
        }

        var lines = drafts.Take(MaxListed).Select(draft => ingestor.Review(draft.SourceId, out var error) is { } review
            ? phrases.DraftLine(draft.SourceId, review.Title, review.Proposals.Count)
            : phrases.InvalidDraftLine(draft.SourceId, error));
        return DiscordResponses.Ephemeral(string.Join("\n", [phrases.DraftsHeader(drafts.Count), .. lines]));
    }

    /// <summary>Draft ids containing what the moderator typed.</summary>
    public InteractionResponse Suggest(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var typed = InteractionOptions.Focused(interaction.Data) is { } focused ? InteractionOptions.Text(focused).Trim() : "";
        var choices = ingestor.Drafts()
            .Where(d => d.SourceId.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .Take(MaxChoices)
            .Select(d => ApplicationCommandOptionChoice.FromString(Bounded($"{d.SourceId} ({d.Facts})"), d.SourceId))
            .ToList();
        return DiscordResponses.Choices(choices);
    }

    private static string Bounded(string name) => name.Length <= MaxChoiceName ? name : name[..(MaxChoiceName - 1)] + "…";
}
