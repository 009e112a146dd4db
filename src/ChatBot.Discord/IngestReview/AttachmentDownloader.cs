using System.Net.Http.Headers;
using ChatBot.Core.Ingest;
using ChatBot.Discord.Models;
using ChatBot.Ingest;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.IngestReview;

/// <summary>
/// Downloads an /ingest attachment from the one address in the interaction's resolved data, and only from Discord's
/// file servers: its declared size and type are checked before the request, and the bytes are counted as they
/// arrive, since a declared size can lie. No redirect is followed and the bot's token is never sent.
/// </summary>
public sealed class AttachmentDownloader(IHttpClientFactory clients, IOptions<IngestReviewOptions> options, TimeProvider time)
{
    public const string HttpClientName = "ChatBot.IngestDownloads";
    private const int LimitMegabytes = IngestLimits.MaxBytes / (1024 * 1024);
    private static readonly string[] TextTypes = ["text/plain", "text/markdown"];
    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];

    public async Task<ArticleInput> DownloadAsync(Attachment attachment, IIngestReviewPhrases phrases, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        ArgumentNullException.ThrowIfNull(phrases);
        if (!Uri.TryCreate(attachment.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            || !options.Value.AllowedHosts.Contains(url.Host, StringComparer.OrdinalIgnoreCase))
        {
            throw new IngestException(phrases.AttachmentNotOnCdn(url?.Host ?? "?"));
        }

        if (attachment.Size <= 0)
        {
            throw new IngestException(phrases.AttachmentEmpty);
        }

        if (attachment.Size > IngestLimits.MaxBytes)
        {
            throw new IngestException(phrases.AttachmentTooBig(attachment.Size, LimitMegabytes));
        }

        var declared = MediaType(attachment.ContentType) ?? ByExtension(attachment.Filename);
        var isHtml = IsHtml(declared) ? true : IsText(declared) ? (bool?)null : throw new IngestException(phrases.AttachmentType(declared ?? attachment.Filename));

        var timeout = options.Value.DownloadTimeout;
        using var timer = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
        var http = clients.CreateClient(HttpClientName);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new IngestException(phrases.AttachmentStatus((int)response.StatusCode));
            }

            var served = response.Content.Headers.ContentType;
            if (served?.MediaType is { } type && !IsHtml(type) && !IsText(type))
            {
                throw new IngestException(phrases.AttachmentType(type));
            }

            if (response.Content.Headers.ContentLength > attachment.Size)
            {
                throw new IngestException(phrases.AttachmentLargerThanDeclared(attachment.Size));
            }

            var bytes = await ReadCappedAsync(response.Content, attachment.Size, phrases, linked.Token);
            return new ArticleInput(ArticleDecoding.Decode(bytes, isHtml ?? (served?.MediaType is { } t && IsHtml(t) ? true : null), Charset(served)), attachment.Filename);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new IngestException(phrases.AttachmentTimeout((int)timeout.TotalSeconds));
        }
        catch (HttpRequestException)
        {
            throw new IngestException(phrases.AttachmentUnreachable);
        }
    }

    // The declared size is the cap: a body longer than the attachment claims is refused as soon as it passes it.
    private static async Task<byte[]> ReadCappedAsync(HttpContent content, long declared, IIngestReviewPhrases phrases, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > declared)
            {
                throw new IngestException(phrases.AttachmentLargerThanDeclared(declared));
            }
        }

        return buffer.ToArray();
    }

    private static string? MediaType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType?.ToLowerInvariant() : null;

    private static string? Charset(MediaTypeHeaderValue? type) => type?.CharSet?.Trim('"') is { Length: > 0 } charset ? charset : null;

    private static string? ByExtension(string filename) => Path.GetExtension(filename).ToLowerInvariant() switch
    {
        ".txt" or ".md" => "text/plain",
        ".html" or ".htm" => "text/html",
        _ => null,
    };

    private static bool IsHtml(string? type) => type is not null && HtmlTypes.Contains(type, StringComparer.OrdinalIgnoreCase);

    private static bool IsText(string? type) => type is not null && TextTypes.Contains(type, StringComparer.OrdinalIgnoreCase);
}
