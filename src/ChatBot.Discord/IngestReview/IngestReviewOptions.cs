using System.ComponentModel.DataAnnotations;

namespace ChatBot.Discord.IngestReview;

/// <summary>Where /ingest may download attachments from, and how long it waits.</summary>
public sealed class IngestReviewOptions
{
    public const string SectionName = "DiscordIngest";

    /// <summary>Discord's file servers; an attachment address on any other host is refused without a request.</summary>
    public static readonly IReadOnlyList<string> DiscordCdnHosts = ["cdn.discordapp.com", "media.discordapp.net"];

    /// <summary>Replaces <see cref="DiscordCdnHosts"/> when set (tests serve attachments from loopback).</summary>
    public string[]? AttachmentHosts { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public IReadOnlyList<string> AllowedHosts => AttachmentHosts is { Length: > 0 } hosts ? hosts : DiscordCdnHosts;
}
