using System.Net;
using System.Text;
using ChatBot.Discord.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.LoadTest;

/// <summary>
/// Bare Kestrel on the same route, answering every POST with a constant interaction response without reading the body:
/// what this machine, this client and HTTP cost without the bot, so the bot's throughput can be stated as a share of it.
/// </summary>
internal sealed class BaselineServer : IAsyncDisposable
{
    private static readonly byte[] Response = Encoding.UTF8.GetBytes("""{"type":4,"data":{"content":"ok","flags":64}}""");
    private readonly WebApplication _app;

    private BaselineServer(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<BaselineServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost(DiscordInteractionEndpoints.Route, (HttpContext context) => TypedResults.Bytes(Response, "application/json"));
        await app.StartAsync();
        return new BaselineServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
