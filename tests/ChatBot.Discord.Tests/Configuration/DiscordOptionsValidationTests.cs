using ChatBot.Discord.Configuration;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Tests.Configuration;

public class DiscordOptionsValidationTests
{
    [Theory]
    [InlineData(DiscordEnvironmentVariables.Token, "Bot not-a-token")]
    [InlineData(DiscordEnvironmentVariables.PublicKey, "xyz-not-hex")]
    [InlineData(DiscordEnvironmentVariables.ApplicationId, "my-app")]
    [InlineData(DiscordEnvironmentVariables.Intents, "GUILDS,NOT_AN_INTENT")]
    [InlineData(DiscordEnvironmentVariables.ApiBaseUrl, "discord.com/api")]
    [InlineData(DiscordEnvironmentVariables.ModeratorRoleIds, "123,abc")]
    public void Options_MalformedVariable_FailsNamingVariableButNotValue(string variable, string value)
    {
        using var services = Build(new() { [variable] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains(variable, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_FlatVariables_MapOntoOptions()
    {
        using var services = Build(new()
        {
            [DiscordEnvironmentVariables.Token] = TestKeys.BotToken,
            [DiscordEnvironmentVariables.MessageContentIntent] = "true",
            [DiscordEnvironmentVariables.ModeratorRoleIds] = "11, 22",
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
        });

        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal(TestKeys.BotToken, options.Token);
        Assert.Equal(GatewayIntents.Default | GatewayIntents.MessageContent, options.GetEffectiveIntents());
        Assert.Equal(["11", "22"], options.GetModeratorRoleIds());
        Assert.Equal("http://127.0.0.1:9/api/v10", options.ApiBaseUrl);
    }

    [Theory]
    [InlineData("4609", GatewayIntents.Default)]
    [InlineData("GUILDS, GUILD_MESSAGES", GatewayIntents.Guilds | GatewayIntents.GuildMessages)]
    [InlineData("Guilds|DirectMessages", GatewayIntents.Guilds | GatewayIntents.DirectMessages)]
    public void TryParse_ValidIntents_ReturnsFlags(string text, GatewayIntents expected)
    {
        var parsed = GatewayIntentsParser.TryParse(text, out var intents);

        Assert.True(parsed);
        Assert.Equal(expected, intents);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddDiscord(configuration).BuildServiceProvider();
    }
}
