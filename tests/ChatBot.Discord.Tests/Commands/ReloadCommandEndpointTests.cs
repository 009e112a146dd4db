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
        _knowledge.SetupGet(k => k.Current).Returns(CuratedKnowledge.Current);
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
        _knowledge.Setup(k => k.Reload(false)).Returns(new KnowledgeReloadResult(KnowledgeReloadOutcome.Loaded, CuratedKnowledge.Current, [], []));

        var content = await PostAsync(CommandPayloads.Slash(Reload, roles: [CommandPayloads.ModeratorRoleId]));

        Assert.StartsWith($"Knowledge reloaded: {CuratedKnowledge.Current.Facts.Count} facts", content, StringComparison.Ordinal);
        _knowledge.Verify(k => k.Reload(false), Times.Once);
    }

    [Fact]
    public async Task Reload_BrokenFile_ReportsTheFirstErrorAndKeepsTheOldVersion()
    {
        _knowledge.Setup(k => k.Reload(false)).Returns(new KnowledgeReloadResult(
            KnowledgeReloadOutcome.Rejected, CuratedKnowledge.Current, [new KnowledgeError("/srv/k.yaml", 12, "f", "quote missing")], []));

        var content = await PostAsync(CommandPayloads.Slash(Reload, locale: "de", roles: [CommandPayloads.ModeratorRoleId]));

        Assert.Contains("letzten guten Fassung", content, StringComparison.Ordinal);
        Assert.Contains("k.yaml line 12: fact 'f': quote missing", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_EditRemovingManyFacts_ListsThemAndAsksForConfirmation()
    {
        _knowledge.Setup(k => k.Reload(false)).Returns(new KnowledgeReloadResult(
            KnowledgeReloadOutcome.NeedsConfirmation, CuratedKnowledge.Current, [new KnowledgeError("/srv/k", 1, null, "would remove")], ["amazon-capex-2025", "amazon-capex-2024"]));

        var content = await PostAsync(CommandPayloads.Slash(Reload, roles: [CommandPayloads.ModeratorRoleId]));

        Assert.StartsWith($"The edit would remove 2 of {CuratedKnowledge.Current.Facts.Count} facts (amazon-capex-2025, amazon-capex-2024)", content, StringComparison.Ordinal);
        Assert.Contains("/reload confirm:True", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_WithConfirm_PassesTheConfirmationOn()
    {
        _knowledge.Setup(k => k.Reload(true)).Returns(new KnowledgeReloadResult(KnowledgeReloadOutcome.Loaded, CuratedKnowledge.Current, [], ["x"]));

        var content = await PostAsync(CommandPayloads.Slash(Reload, roles: [CommandPayloads.ModeratorRoleId], options: ("confirm", 5, true)));

        Assert.StartsWith("Knowledge reloaded:", content, StringComparison.Ordinal);
        _knowledge.Verify(k => k.Reload(true), Times.Once);
    }

    [Fact]
    public async Task Reload_OtherRoleWithoutPermissions_IsRefusedAndNothingReloads()
    {
        var content = await PostAsync(CommandPayloads.Slash(Reload, roles: ["1100000000000000099"]));

        Assert.Equal("Only moderators may use this command.", content);
        _knowledge.Verify(k => k.Reload(It.IsAny<bool>()), Times.Never);
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
