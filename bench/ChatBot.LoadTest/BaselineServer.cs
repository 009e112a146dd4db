using System.Net;
using System.Text;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.LoadTest;

/// <summary>
/// Bare Kestrel on the same route, answering every POST with a constant interaction response: what this machine, this
/// client and HTTP cost without the bot, so the bot's throughput can be stated as a share of it. With a signer it
/// first reads the body and checks its signature with the production verifier, which is the least any Discord
/// endpoint must do: the ceiling for the bot's share.
/// </summary>
internal sealed class BaselineServer : IAsyncDisposable
{
    private static readonly byte[] Response = Encoding.UTF8.GetBytes("""{"type":4,"data":{"content":"ok","flags":64}}""");
    private readonly WebApplication _app;

    private BaselineServer(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<BaselineServer> StartAsync(DiscordRequestSigner? verifyFor = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        if (verifyFor is null)
        {
            app.MapPost(DiscordInteractionEndpoints.Route, (HttpContext context) => TypedResults.Bytes(Response, "application/json"));
        }
        else
        {
            var verifier = new Ed25519SignatureVerifier(Options.Create(new DiscordOptions { PublicKey = verifyFor.PublicKeyHex }));
            app.MapPost(DiscordInteractionEndpoints.Route, async (HttpContext context) =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                return verifier.Verify(context.Request.Headers[DiscordInteractionEndpoints.SignatureHeader], context.Request.Headers[DiscordInteractionEndpoints.TimestampHeader], body.ToArray())
                    ? Results.Bytes(Response, "application/json")
                    : Results.Unauthorized();
            });
        }

        await app.StartAsync();
        return new BaselineServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
