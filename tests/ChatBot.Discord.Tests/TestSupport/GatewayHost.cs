using ChatBot.Discord.Configuration;
using ChatBot.Discord.Interactions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>A generic host running the gateway service against the fake gateway and REST servers.</summary>
internal sealed class GatewayHost : IAsyncDisposable
{
    private readonly IHost _host;

    private GatewayHost(IHost host, CapturingLoggerProvider logs)
    {
        _host = host;
        Logs = logs;
    }

    public CapturingLoggerProvider Logs { get; }

    public IHostApplicationLifetime Lifetime => _host.Services.GetRequiredService<IHostApplicationLifetime>();

    public static Task<GatewayHost> StartAsync(
        FakeGatewayServer gateway, FakeDiscordRestServer rest, IDiscordInteractionHandler interactions, IDiscordMessageHandler messages,
        TimeProvider? time = null, string? intents = null) =>
        StartAsync(gateway, rest, services => services.AddSingleton(interactions).AddSingleton(messages), time, intents);

    /// <summary>Starts the gateway with services of the test's choosing, e.g. the real command router.</summary>
    public static async Task<GatewayHost> StartAsync(
        FakeGatewayServer gateway, FakeDiscordRestServer rest, Action<IServiceCollection> configureServices,
        TimeProvider? time = null, string? intents = null)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DiscordEnvironmentVariables.Token] = TestKeys.BotToken,
            [DiscordEnvironmentVariables.ApplicationId] = TestKeys.ApplicationId,
            [DiscordEnvironmentVariables.ApiBaseUrl] = rest.ApiBaseUrl,
            [DiscordEnvironmentVariables.GatewayUrl] = gateway.GatewayUrl,
            [DiscordEnvironmentVariables.Intents] = intents,
            // No gateway test exercises deferral; production's deadline keeps a busy test machine from turning answers into deferrals.
            ["Discord:InteractionResponseDeadline"] = "00:00:02.500",
        });
        var logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddDiscord(builder.Configuration);
        configureServices(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new GatewayHost(host, logs);
    }

    public async Task StopAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
