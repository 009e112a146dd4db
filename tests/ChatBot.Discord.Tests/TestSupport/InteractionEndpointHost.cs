using System.Globalization;
using System.Text;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Http;
using ChatBot.Discord.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>A real Kestrel host serving <c>POST /discord/interactions</c> with a test handler.</summary>
internal sealed class InteractionEndpointHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InteractionEndpointHost(WebApplication app, TestKeys keys, CapturingLoggerProvider logs)
    {
        _app = app;
        Keys = keys;
        Logs = logs;
        Client = new HttpClient { BaseAddress = app.BaseAddress() };
    }

    public HttpClient Client { get; }
    public TestKeys Keys { get; }
    public CapturingLoggerProvider Logs { get; }

    public static Task<InteractionEndpointHost> StartAsync(
        IDiscordInteractionHandler handler, string apiBaseUrl, bool withPublicKey = true, int maxBodyBytes = 65536) =>
        StartAsync(services => services.AddSingleton(handler), apiBaseUrl, withPublicKey, maxBodyBytes);

    /// <summary>Starts the endpoint with services of the test's choosing, e.g. the real command router.</summary>
    public static async Task<InteractionEndpointHost> StartAsync(
        Action<IServiceCollection> configureServices, string apiBaseUrl, bool withPublicKey = true, int maxBodyBytes = 65536,
        IDictionary<string, string?>? extraSettings = null)
    {
        var keys = new TestKeys();
        var settings = new Dictionary<string, string?>
        {
            [DiscordEnvironmentVariables.PublicKey] = withPublicKey ? keys.PublicKeyHex : null,
            [DiscordEnvironmentVariables.ApplicationId] = TestKeys.ApplicationId,
            [DiscordEnvironmentVariables.ApiBaseUrl] = apiBaseUrl,
            ["Discord:InteractionResponseDeadline"] = "00:00:00.300",
            ["Discord:MaxInteractionBodyBytes"] = maxBodyBytes.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var builder = LoopbackApp.CreateBuilder(settings);
        var logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs);
        // Client errors are logged at Debug; tests assert what is logged at which level.
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddDiscord(builder.Configuration);
        configureServices(builder.Services);
        var app = builder.Build();
        app.MapDiscordInteractions();
        await app.StartAsync();
        return new InteractionEndpointHost(app, keys, logs);
    }

    /// <summary>Posts <paramref name="body"/> signed like Discord; <paramref name="adjust"/> can tamper afterwards.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string body, Action<HttpRequestMessage>? adjust = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, DiscordInteractionEndpoints.Route)
        {
            Content = new ByteArrayContent(bytes) { Headers = { ContentType = new("application/json") } },
        };
        request.Headers.TryAddWithoutValidation(DiscordInteractionEndpoints.SignatureHeader, Keys.Sign(timestamp, bytes));
        request.Headers.TryAddWithoutValidation(DiscordInteractionEndpoints.TimestampHeader, timestamp);
        adjust?.Invoke(request);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
