using System.Net;
using ChatBot.Core.Ingest;
using ChatBot.Core.Ingest.Reasons;

namespace ChatBot.Ingest;

/// <summary>
/// Fetches an article over http(s): only that host (redirects to another host are refused), within a timeout and the
/// size limit (a body that grows past it is cut off, whatever its Content-Length said), text or HTML only.
/// </summary>
public sealed class ArticleDownloader(HttpMessageHandler handler, TimeProvider time, TimeSpan? timeout = null)
{
    public async Task<ArticleInput> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new IngestException(IngestReason.NotHttp(url.ToString()));
        }

        var limit = timeout ?? IngestLimits.DownloadTimeout;
        using var timer = new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            var current = url;
            for (var hop = 0; ; hop++)
            {
                using var response = await client.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    var next = new Uri(current, location);
                    if (!string.Equals(next.Host, url.Host, StringComparison.OrdinalIgnoreCase) || next.Port != url.Port)
                    {
                        throw new IngestException(IngestReason.RedirectToOtherHost(url.ToString(), next.Host));
                    }

                    if (hop >= IngestLimits.MaxRedirects)
                    {
                        throw new IngestException(IngestReason.TooManyRedirects(url.ToString(), IngestLimits.MaxRedirects));
                    }

                    current = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new IngestException(IngestReason.HttpStatus(current.ToString(), (int)response.StatusCode, response.ReasonPhrase));
                }

                var type = response.Content.Headers.ContentType?.MediaType ?? "text/html";
                var isHtml = type is "text/html" or "application/xhtml+xml";
                if (!isHtml && type != "text/plain")
                {
                    throw new IngestException(IngestReason.NotTextOrHtml(current.ToString(), type));
                }

                if (response.Content.Headers.ContentLength > IngestLimits.MaxBytes)
                {
                    throw new IngestException(IngestReason.TooLarge(response.Content.Headers.ContentLength, IngestLimits.MaxBytes));
                }

                var bytes = await ReadCappedAsync(response.Content, current, linked.Token).ConfigureAwait(false);
                var charset = response.Content.Headers.ContentType?.CharSet?.Trim('"');
                return new ArticleInput(ArticleDecoding.Decode(bytes, isHtml, charset), current.ToString());
            }
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new IngestException(IngestReason.Timeout(url.ToString(), (int)Math.Round(limit.TotalSeconds)));
        }
        catch (HttpRequestException error)
        {
            throw new IngestException(IngestReason.Unreachable(url.ToString(), error.Message));
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;

    // Content-Length may lie or be absent: count what actually arrives and stop one byte past the limit.
    private static async Task<byte[]> ReadCappedAsync(HttpContent content, Uri url, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > IngestLimits.MaxBytes)
            {
                throw new IngestException(IngestReason.TooLarge(null, IngestLimits.MaxBytes));
            }
        }

        return buffer.ToArray();
    }
}
