using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Support;

/// <summary>
/// Plays Discord's file server (and an article site) on 127.0.0.1: an honest file, one longer than it will be
/// declared, a blank one, a page of navigation only, a wrong content type, a binary file, a 404, a redirect to another host, and one that never answers.
/// Records every path and query it is asked for.
/// </summary>
internal sealed class FakeCdnServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _slowRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeCdnServer(WebApplication app, string article)
    {
        _app = app;
        Article = article;
    }

    public string Article { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public Task SlowRequested => _slowRequested.Task;

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<FakeCdnServer> StartAsync(string article)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeCdnServer(app, article);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Requests.Enqueue(context.Request.Path + context.Request.QueryString);
        var response = context.Response;
        switch (context.Request.Path.Value)
        {
            case "/honest/article.txt":
                await Send(response, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(Article));
                break;
            case "/page/article.html":
                await Send(response, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(
                    $"<html><body><nav>Home | Tech</nav><article>{string.Concat(Article.Split("\n\n").Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"))}</article><footer>© 2026</footer></body></html>"));
                break;
            case "/lying/article.txt":
                // No Content-Length: the body simply keeps coming past what the attachment declared.
                response.ContentType = "text/plain";
                for (var i = 0; i < 50; i++)
                {
                    await response.Body.WriteAsync(Encoding.UTF8.GetBytes(Article), context.RequestAborted);
                }

                break;
            case "/wrong/article.txt":
                await Send(response, "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
                break;
            case "/binary/article.txt":
                await Send(response, "text/plain", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00]);
                break;
            case "/blank/article.txt":
                await Send(response, "text/plain", " \n\n "u8.ToArray());
                break;
            case "/nav/article.html":
                await Send(response, "text/html", "<html><body><nav><a href='/'>Home</a></nav><footer>Impressum</footer></body></html>"u8.ToArray());
                break;
            case "/redirect/article.html":
                response.StatusCode = StatusCodes.Status302Found;
                response.Headers.Location = "http://localhost:1/elsewhere.html";
                break;
            case "/slow/article.txt":
                _slowRequested.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private static async Task Send(HttpResponse response, string type, byte[] body)
    {
        response.ContentType = type;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    }
}
