using System.Globalization;
using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Models;
using ChatBot.Ingest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.IngestReview;

/// <summary>
/// <c>/ingest file:|url:</c> (moderators): acknowledges at once (ephemeral), then downloads the article, writes its draft
/// and replaces the acknowledgement with the review message. A refusal at any step is one line and leaves nothing
/// written: the ingestor writes the archive and the draft only once everything before has passed.
/// </summary>
public sealed class IngestCommand(
    IKnowledgeProvider knowledge,
    KnowledgeIngestor ingestor,
    AttachmentDownloader attachments,
    IHttpMessageHandlerFactory handlers,
    DeferredInteractions deferred,
    LanguageTable<IIngestReviewPhrases> phrasebook,
    IOptions<IngestReviewOptions> options,
    TimeProvider time,
    ILogger<IngestCommand> logger)
{
    public const string FileOption = "file";
    public const string UrlOption = "url";
    public const string SourceIdOption = "source_id";
    public const string TitleOption = "title";
    public const string PublisherOption = "publisher";
    public const string PublishedOption = "published";

    public static IReadOnlyList<ApplicationCommandOption> Options { get; } =
    [
        new() { Type = ApplicationCommandOptionType.Attachment, Name = FileOption, Description = "The article as a text or HTML file (at most 5 MB)" },
        new() { Type = ApplicationCommandOptionType.String, Name = UrlOption, Description = "Or the article's http(s) address", MaxLength = 2000 },
        new() { Type = ApplicationCommandOptionType.String, Name = SourceIdOption, Description = "The new source's id (default: from the title)", MaxLength = 80 },
        new() { Type = ApplicationCommandOptionType.String, Name = TitleOption, Description = "The article's title", MaxLength = 300 },
        new() { Type = ApplicationCommandOptionType.String, Name = PublisherOption, Description = "Who published it", MaxLength = 200 },
        new() { Type = ApplicationCommandOptionType.String, Name = PublishedOption, Description = "Publication date YYYY-MM-DD", MaxLength = 10 },
    ];

    public InteractionResponse Run(Interaction interaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var language = InteractionLanguage.Of(interaction);
        var phrases = phrasebook.For(language);
        var data = interaction.Data;
        var fileId = InteractionOptions.String(data, FileOption);
        var address = InteractionOptions.String(data, UrlOption);
        if ((fileId is null) == (address is null))
        {
            return DiscordResponses.Ephemeral(phrases.FileOrUrl);
        }

        var published = InteractionOptions.String(data, PublishedOption);
        DateOnly? date = null;
        if (published is not null)
        {
            if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return DiscordResponses.Ephemeral(phrases.Failed(phrases.BadDate(published)));
            }

            date = parsed;
        }

        Uri? url = null;
        if (address is not null && (!Uri.TryCreate(address, UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            return DiscordResponses.Ephemeral(phrases.Failed(phrases.BadUrl(address)));
        }

        Attachment? attachment = null;
        if (fileId is not null && (data?.Resolved?.Attachments?.TryGetValue(fileId, out attachment) != true || attachment is null))
        {
            return DiscordResponses.Ephemeral(phrases.Failed(phrases.AttachmentMissing));
        }

        var request = new IngestRequest(
            InteractionOptions.String(data, SourceIdOption), InteractionOptions.String(data, TitleOption), InteractionOptions.String(data, PublisherOption),
            date, url?.ToString());
        logger.LogInformation("Ingest by {UserId} of {Origin}", interaction.InvokingUser?.Id, attachment is null ? "a URL" : "an attachment");
        return deferred.Defer(interaction, token => IngestAsync(attachment, url, request, language, phrases, token), ct);
    }

    private async Task<InteractionResponse> IngestAsync(
        Attachment? attachment, Uri? url, IngestRequest request, Language language, IIngestReviewPhrases phrases, CancellationToken ct)
    {
        try
        {
            var article = attachment is not null
                ? await attachments.DownloadAsync(attachment, phrases, ct)
                : await new ArticleDownloader(handlers.CreateHandler(AttachmentDownloader.HttpClientName), time, options.Value.DownloadTimeout).DownloadAsync(url!, ct);
            var outcome = ingestor.Ingest(article, request, knowledge.Current);
            var facts = outcome.Extraction.Facts;
            var notice = phrases.DraftCreated(facts.Count, facts.Count(f => f.DuplicateOf is not null));
            return Message(ingestor.Review(outcome.SourceId, out var error) is { } review
                ? IngestReviewMessage.Render(review, 0, notice, phrases, language)
                : IngestReviewMessage.Text(phrases.DraftUnavailable(error)));
        }
        catch (IngestException refused)
        {
            logger.LogInformation("Ingest refused: {Reason}", refused.Message);
            return Message(IngestReviewMessage.Text(phrases.Failed(refused.Describe(phrases.Reasons))));
        }
        catch (IOException failed)
        {
            logger.LogWarning(failed, "Ingest could not write its files");
            return Message(IngestReviewMessage.Text(phrases.Failed(failed.Message)));
        }
    }

    private static InteractionResponse Message(InteractionCallbackData data) =>
        DiscordResponses.Message(data with { Flags = MessageFlags.Ephemeral });
}
