using ChatBot.Teams.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Teams.Tests.TestSupport;

/// <summary>The Teams endpoints on a loopback Kestrel over the curated knowledge.</summary>
internal sealed class WebhookHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookHost(WebApplication app)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = app.BaseAddress() };
    }

    public HttpClient Client { get; }

    public Uri Webhook => new(Client.BaseAddress!, "/teams/webhook");

    public static async Task<WebhookHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = LoopbackApp.CreateBuilder(settings ?? new Dictionary<string, string?> { [TeamsEnvironmentVariables.WebhookSecret] = WebhookSigner.Secret });
        builder.Services.AddCuratedEngine();
        services?.Invoke(builder.Services);
        builder.Services.AddTeams(builder.Configuration);
        var app = builder.Build();
        app.MapTeams();
        await app.StartAsync();
        return new WebhookHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
