using System.Net;
using System.Text;
using ChatBot.Core.Ingest;
using ChatBot.Ingest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Ingest;

/// <summary>The URL path of ingest against a real Kestrel server on 127.0.0.1.</summary>
public sealed class ArticleDownloaderTests : IAsyncLifetime
{
    private const string Page = """
        <!doctype html><html><head><title>t</title><script>var x = "80 Milliarden";</script></head>
        <body><nav><a href="/">Start</a> <a href="/ki">KI</a></nav>
        <article><h1>Acme investiert</h1><p>Acme investiert 2025 rund 12 Milliarden Euro in Rechenzentren.</p>
        <figure><img src="a.jpg"><figcaption>Bild: Agentur</figcaption></figure></article>
        <div class="cookie-banner">Wir nutzen Cookies.</div></body></html>
        """;

    private WebApplication _app = null!;

    private string Base => _app.Urls.First();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/article", () => Results.Content(Page, "text/html; charset=utf-8"));
        _app.MapGet("/moved", () => Results.Redirect("/article"));
        _app.MapGet("/elsewhere", (HttpContext context) => Results.Redirect($"http://localhost:{context.Connection.LocalPort}/article"));
        _app.MapGet("/missing", () => Results.NotFound());
        _app.MapGet("/image", () => Results.Bytes([1, 2, 3], "image/png"));
        _app.MapGet("/slow", async (HttpContext context) => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        _app.MapGet("/endless", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";
            var chunk = Encoding.UTF8.GetBytes(new string('a', 65536));
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task DownloadAsync_HtmlPageBehindSameHostRedirect_ReturnsArticleTextWithoutBoilerplate()
    {
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false };

        var article = await new ArticleDownloader(handler, TimeProvider.System).DownloadAsync(new Uri(Base + "/moved"), CancellationToken.None);

        Assert.Equal("Acme investiert\n\nAcme investiert 2025 rund 12 Milliarden Euro in Rechenzentren.\n", article.Text);
        Assert.EndsWith("/article", article.Origin, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/elsewhere", "redirects to another host (localhost)")]
    [InlineData("/missing", "answered 404 Not Found")]
    [InlineData("/image", "sent image/png, not text or HTML")]
    [InlineData("/endless", "larger than 5 MB, the limit")]
    public async Task DownloadAsync_BadAnswer_FailsWithOneLineReason(string path, string expected)
    {
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false };

        var error = await Assert.ThrowsAsync<IngestException>(() => new ArticleDownloader(handler, TimeProvider.System).DownloadAsync(new Uri(Base + path), CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task DownloadAsync_ServerNeverAnswers_FailsWhenTheTimeoutPasses()
    {
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        var clock = new FakeTimeProvider();
        var download = new ArticleDownloader(handler, clock, TimeSpan.FromSeconds(20)).DownloadAsync(new Uri(Base + "/slow"), CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(21));
        var error = await Assert.ThrowsAsync<IngestException>(() => download);

        Assert.Equal($"{Base}/slow did not answer within 20 s", error.Message);
    }

    [Fact]
    public async Task DownloadAsync_FileUrl_IsRefused()
    {
        using var handler = new SocketsHttpHandler();

        var error = await Assert.ThrowsAsync<IngestException>(() => new ArticleDownloader(handler, TimeProvider.System).DownloadAsync(new Uri("file:///etc/passwd"), CancellationToken.None));

        Assert.StartsWith("only http and https URLs", error.Message, StringComparison.Ordinal);
    }
}
