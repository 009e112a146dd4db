using System.Net.Http.Headers;
using System.Text;
using ChatBot.Teams.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Teams.Tests.TestSupport;

/// <summary>The Bot Framework endpoint on a loopback Kestrel, trusting and replying to a <see cref="FakeMicrosoftCloud"/>.</summary>
internal sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, FakeTimeProvider time)
    {
        _app = app;
        Time = time;
        Client = new HttpClient { BaseAddress = app.BaseAddress() };
    }

    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public static Dictionary<string, string?> Settings(FakeMicrosoftCloud cloud) => new()
    {
        [TeamsEnvironmentVariables.AppId] = TestTokens.AppId,
        [TeamsEnvironmentVariables.AppPassword] = "test-password",
        [TeamsEnvironmentVariables.OpenIdMetadataUrl] = cloud.MetadataUrl,
        [TeamsEnvironmentVariables.TokenEndpoint] = cloud.TokenEndpoint,
        ["Teams:AllowLoopbackServiceUrl"] = "true",
    };

    public static async Task<BotHost> StartAsync(FakeMicrosoftCloud cloud, Action<Dictionary<string, string?>>? configure = null, Action<IServiceCollection>? services = null)
    {
        var settings = Settings(cloud);
        configure?.Invoke(settings);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var builder = LoopbackApp.CreateBuilder(settings);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddCuratedEngine();
        services?.Invoke(builder.Services);
        builder.Services.AddTeams(builder.Configuration);
        var app = builder.Build();
        app.MapTeams();
        await app.StartAsync();
        return new BotHost(app, time);
    }

    public async Task<HttpResponseMessage> PostAsync(string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
