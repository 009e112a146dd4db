using ChatBot.Discord.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Discord.Tests.TestSupport;

/// <summary>A service provider built through <c>AddDiscord</c>, as the host would, pointed at a fake REST server.</summary>
internal static class DiscordServices
{
    public static ServiceProvider Build(string apiBaseUrl, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [DiscordEnvironmentVariables.Token] = TestKeys.BotToken,
                [DiscordEnvironmentVariables.ApplicationId] = TestKeys.ApplicationId,
                [DiscordEnvironmentVariables.ApiBaseUrl] = apiBaseUrl,
            })
            .Build();
        var services = new ServiceCollection().AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddDiscord(configuration);
        return services.BuildServiceProvider();
    }
}
