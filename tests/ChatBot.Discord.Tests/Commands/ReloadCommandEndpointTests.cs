using System.Text.Json;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Tests.TestSupport;
using Moq;
using static ChatBot.Discord.Commands.DiscordCommandDefinitions;

namespace ChatBot.Discord.Tests.Commands;

/// <summary>/reload with a reloadable knowledge provider and moderator roles from DISCORD_MODERATOR_ROLE_IDS.</summary>
public sealed class ReloadCommandEndpointTests : IAsyncLifetime
{
    private readonly Mock<IReloadableKnowledgeProvider> _knowledge = new();
    private FakeDiscordRestServer _rest = null!;
    private InteractionEndpointHost _host = null!;

    public async Task InitializeAsync()
    {
        _knowledge.SetupGet(k => k.Current).Returns(CuratedKnowledge.Knowledge);
        _rest = await FakeDiscordRestServer.StartAsync();
        _host = await InteractionEndpointHost.StartAsync(services => services.AddCuratedBot(_knowledge.Object), _rest.ApiBaseUrl,
            extraSettings: new Dictionary<string, string?>
            {
                [DiscordEnvironmentVariables.ModeratorRoleIds] = $"1, {CommandPayloads.ModeratorRoleId}",
                ["Discord:InteractionResponseDeadline"] = "00:00:02.500",
            });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task Reload_ModeratorRole_ReloadsAndReportsTheCounts()
    {
        _knowledge.Setup(k => k.Reload()).Returns(new KnowledgeLoadResult(CuratedKnowledge.Knowledge, []));

        var content = await PostAsync(CommandPayloads.Slash(Reload, roles: [CommandPayloads.ModeratorRoleId]));

        Assert.StartsWith($"Knowledge reloaded: {CuratedKnowledge.Knowledge.Facts.Count} facts", content, StringComparison.Ordinal);
        _knowledge.Verify(k => k.Reload(), Times.Once);
    }

    [Fact]
    public async Task Reload_BrokenFile_ReportsTheFirstErrorAndKeepsTheOldVersion()
    {
        _knowledge.Setup(k => k.Reload()).Returns(new KnowledgeLoadResult(null, [new KnowledgeError("/srv/k.yaml", 12, "f", "quote missing")]));

        var content = await PostAsync(CommandPayloads.Slash(Reload, locale: "de", roles: [CommandPayloads.ModeratorRoleId]));

        Assert.Contains("letzten guten Fassung", content, StringComparison.Ordinal);
        Assert.Contains("line 12: quote missing", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_OtherRoleWithoutPermissions_IsRefusedAndNothingReloads()
    {
        var content = await PostAsync(CommandPayloads.Slash(Reload, roles: ["1100000000000000099"]));

        Assert.Equal("Only moderators may use this command.", content);
        _knowledge.Verify(k => k.Reload(), Times.Never);
    }

    private async Task<string> PostAsync(string payload)
    {
        using var response = await _host.PostSignedAsync(payload);
        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        DiscordLimitsAssert.SafeMessage(data);
        return data.GetProperty("content").GetString()!;
    }
}
