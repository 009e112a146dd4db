using System.Text.Json;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using static ChatBot.Discord.Commands.DiscordCommandDefinitions;

namespace ChatBot.Discord.Tests.Commands;

/// <summary>/fact and /knowledge, their forms and buttons, over the signed loopback endpoint, with and without moderator rights.</summary>
public sealed class FactCommandsEndpointTests : IAsyncLifetime
{
    private const string Moderator = ModeratorPermissions.DefaultMemberPermissions;
    private const string Member = CommandPayloads.EveryonePermissions;
    private const string FactId = "amazon-capex-2025";
    private const string Version = "0123456789ab";
    private const string Block = "  - id: amazon-capex-2025\n    subject: amazon\n";
    private static readonly FactSnapshot Snapshot = new(FactId, "/k/sources/a.yaml", 50, Block, Version);

    private readonly Mock<IKnowledgeEditor> _editor = new();
    private readonly Mock<IReloadableKnowledgeProvider> _knowledge = new();
    private FakeDiscordRestServer _rest = null!;
    private InteractionEndpointHost _host = null!;

    public async Task InitializeAsync()
    {
        _knowledge.SetupGet(k => k.Current).Returns(CuratedKnowledge.Current);
        _editor.Setup(e => e.Show(FactId)).Returns(Snapshot);
        _rest = await FakeDiscordRestServer.StartAsync();
        _host = await InteractionEndpointHost.StartAsync(
            services => services.AddSingleton(_editor.Object).AddCuratedBot(_knowledge.Object),
            _rest.ApiBaseUrl,
            extraSettings: new Dictionary<string, string?>
            {
                [DiscordEnvironmentVariables.ModeratorRoleIds] = CommandPayloads.ModeratorRoleId,
                ["Discord:InteractionResponseDeadline"] = "00:00:02.500",
            });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public void Definitions_FactAndKnowledge_AreGuildOnlyWithManageServerByDefault()
    {
        Assert.All([Find(FactCommand)!, Find(KnowledgeCommand)!], c =>
        {
            Assert.Equal("32", c.DefaultMemberPermissions);
            Assert.Equal([0], c.Contexts!);
        });
        Assert.Equal(["add", "edit", "remove", "show", "history", "undo"], Find(FactCommand)!.Options!.Select(o => o.Name));
    }

    [Fact]
    public async Task Edit_Moderator_OpensTheFormPrefilledWithTheFactAndItsVersion()
    {
        var response = await PostAsync(CommandPayloads.SubCommand(FactCommand, "edit", Moderator, options: ("id", 3, FactId)));

        Assert.Equal(9, response.GetProperty("type").GetInt32());
        var data = response.GetProperty("data");
        Assert.Equal($"fact-modal:edit:{Version}:{FactId}", data.GetProperty("custom_id").GetString());
        Assert.True(data.GetProperty("title").GetString()!.Length <= 45);
        var input = data.GetProperty("components")[0].GetProperty("component");
        Assert.Equal(("yaml", "- id: amazon-capex-2025\n  subject: amazon", 4000), (input.GetProperty("custom_id").GetString(), input.GetProperty("value").GetString(), input.GetProperty("max_length").GetInt32()));
    }

    [Fact]
    public async Task Edit_ModeratorRoleWithoutPermissions_OpensTheForm()
    {
        var response = await PostAsync(CommandPayloads.SubCommand(FactCommand, "edit", Member, [CommandPayloads.ModeratorRoleId], ("id", 3, FactId)));

        Assert.Equal(9, response.GetProperty("type").GetInt32());
    }

    [Theory]
    [InlineData("edit")]
    [InlineData("remove")]
    [InlineData("undo")]
    [InlineData("history")]
    public async Task AnySubcommand_NonModerator_IsRefusedAndTouchesNothing(string sub)
    {
        var response = await PostAsync(CommandPayloads.SubCommand(FactCommand, sub, Member, options: ("id", 3, FactId)));

        Assert.Equal("Only moderators may use this command.", Ephemeral(response));
        Assert.Empty(_editor.Invocations);
    }

    [Fact]
    public async Task ModalSubmit_NonModerator_IsRefusedAndNothingIsPreviewedOrWritten()
    {
        var response = await PostAsync(CommandPayloads.ModalSubmit($"fact-modal:edit:{Version}:{FactId}", Form("id: x"), Member));

        Assert.Equal("Only moderators may use this command.", Ephemeral(response));
        Assert.Empty(_editor.Invocations);
    }

    [Fact]
    public async Task ModalSubmitThenConfirm_Moderator_PreviewsThenWritesWithTheFormsVersionAndUndoButton()
    {
        var change = new KnowledgeChange(0, DateTimeOffset.UnixEpoch, new EditActor("discord", "x", "x"), KnowledgeChangeAction.Edit, FactId, "/k/a.yaml", Block, "  - id: amazon-capex-2025\n", null, null);
        _editor.Setup(e => e.Preview(FactId, Version, "id: new", It.IsAny<EditActor>())).Returns(new KnowledgeEditResult(change, []));
        _editor.Setup(e => e.Edit(FactId, Version, "id: new", It.IsAny<EditActor>(), "typo")).Returns(new KnowledgeEditResult(change with { Id = 7 }, []));

        var preview = await PostAsync(CommandPayloads.ModalSubmit($"fact-modal:edit:{Version}:{FactId}", Form("id: new", "typo"), Moderator));
        var confirm = preview.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;
        _editor.Verify(e => e.Edit(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<EditActor>(), It.IsAny<string?>()), Times.Never);
        var saved = await PostAsync(CommandPayloads.ButtonAs(confirm, Moderator));

        Assert.StartsWith("Change fact `amazon-capex-2025`? It passed every check.", Ephemeral(preview), StringComparison.Ordinal);
        Assert.Equal(7, saved.GetProperty("type").GetInt32());
        Assert.Equal("Changed fact `amazon-capex-2025`: change #7, in force now.", saved.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal("fact-undo:7", saved.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString());
        _editor.Verify(e => e.Edit(FactId, Version, "id: new", It.Is<EditActor>(a => a.Platform == "discord" && a.UserId == DiscordPayloads.UserId && a.DisplayName == "Nelly"), "typo"), Times.Once);
    }

    [Fact]
    public async Task Confirm_PressedAgain_DoesNotWriteTwice()
    {
        var change = new KnowledgeChange(0, DateTimeOffset.UnixEpoch, new EditActor("discord", "x", "x"), KnowledgeChangeAction.Add, "new-fact", "/k/a.yaml", null, "  - id: new-fact\n", null, null);
        _editor.Setup(e => e.Preview(null, null, "id: new-fact", It.IsAny<EditActor>())).Returns(new KnowledgeEditResult(change, []));
        _editor.Setup(e => e.Add("id: new-fact", It.IsAny<EditActor>(), null)).Returns(new KnowledgeEditResult(change with { Id = 3 }, []));
        var preview = await PostAsync(CommandPayloads.ModalSubmit(FactCustomIds.AddModal, Form("id: new-fact"), Moderator));
        var confirm = preview.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;

        await PostAsync(CommandPayloads.ButtonAs(confirm, Moderator));
        var again = await PostAsync(CommandPayloads.ButtonAs(confirm, Moderator));

        Assert.StartsWith("This preview has expired", again.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        _editor.Verify(e => e.Add(It.IsAny<string>(), It.IsAny<EditActor>(), It.IsAny<string?>()), Times.Once);
    }

    [Fact]
    public async Task Confirm_ClickedByAMemberWhoLostModeratorRights_IsRefused()
    {
        var preview = await PostAsync(CommandPayloads.SubCommand(FactCommand, "remove", Moderator, options: ("id", 3, FactId)));
        var confirm = preview.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;

        var response = await PostAsync(CommandPayloads.ButtonAs(confirm, Member));

        Assert.Equal("Only moderators may use this command.", Ephemeral(response));
        _editor.Verify(e => e.Remove(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<EditActor>(), It.IsAny<string?>()), Times.Never);
    }

    [Fact]
    public async Task Remove_ConfirmedByModerator_RemovesFromTheVersionShown()
    {
        var change = new KnowledgeChange(4, DateTimeOffset.UnixEpoch, new EditActor("discord", "x", "x"), KnowledgeChangeAction.Remove, FactId, "/k/a.yaml", Block, null, "stale", null);
        _editor.Setup(e => e.Remove(FactId, Version, It.IsAny<EditActor>(), "stale")).Returns(new KnowledgeEditResult(change, []));
        var preview = await PostAsync(CommandPayloads.SubCommand(FactCommand, "remove", Moderator, options: [("id", 3, FactId), ("reason", 3, "stale")]));
        var confirm = preview.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;

        var saved = await PostAsync(CommandPayloads.ButtonAs(confirm, Moderator));

        Assert.Equal("Removed fact `amazon-capex-2025`: change #4, in force now.", saved.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task ModalSubmit_InvalidFact_ShowsTheLoadersErrorsAndOffersNoConfirm()
    {
        _editor.Setup(e => e.Preview(FactId, Version, "id: bad", It.IsAny<EditActor>()))
            .Returns(KnowledgeEditResult.Failed("/k/a.yaml:50: fact 'amazon-capex-2025': the quote does not state the figure 777"));

        var response = await PostAsync(CommandPayloads.ModalSubmit($"fact-modal:edit:{Version}:{FactId}", Form("id: bad"), Moderator));

        Assert.Contains("the quote does not state the figure 777", Ephemeral(response), StringComparison.Ordinal);
        Assert.False(response.GetProperty("data").TryGetProperty("components", out var components) && components.GetArrayLength() > 0);
    }

    [Fact]
    public async Task ModalSubmit_YamlOver4000Characters_IsRefusedWithoutPreview()
    {
        var response = await PostAsync(CommandPayloads.ModalSubmit(FactCustomIds.AddModal, Form(new string('x', 4001)), Moderator));

        Assert.StartsWith("The fact is longer than 4,000 characters", Ephemeral(response), StringComparison.Ordinal);
        Assert.DoesNotContain(_editor.Invocations, i => i.Method.Name == nameof(IKnowledgeEditor.Preview));
    }

    [Fact]
    public async Task Autocomplete_Moderator_SuggestsFactIdsNonModeratorNothing()
    {
        var moderator = await PostAsync(CommandPayloads.SubCommandAutocomplete(FactCommand, "edit", "id", "amazon", Moderator));
        var member = await PostAsync(CommandPayloads.SubCommandAutocomplete(FactCommand, "edit", "id", "amazon", Member));

        var choices = moderator.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Equal(["amazon-capex-2024", "amazon-capex-2025"], choices.Take(2));
        Assert.Equal(0, member.GetProperty("data").GetProperty("choices").GetArrayLength());
    }

    [Fact]
    public async Task SourcesView_Moderator_GetsAnEditButtonPerFactMemberDoesNot()
    {
        var moderator = await PostAsync(CommandPayloads.ButtonAs("sources:amazon-capex-2025,amazon-capex-2024", Moderator));
        var member = await PostAsync(CommandPayloads.ButtonAs("sources:amazon-capex-2025,amazon-capex-2024", Member));

        var buttons = moderator.GetProperty("data").GetProperty("components")[0].GetProperty("components").EnumerateArray().Select(b => b.GetProperty("custom_id").GetString());
        Assert.Equal(["fact-edit:amazon-capex-2025", "fact-edit:amazon-capex-2024"], buttons);
        Assert.False(member.GetProperty("data").TryGetProperty("components", out _));
    }

    [Fact]
    public async Task EditButton_Moderator_OpensTheFormNonModeratorIsRefused()
    {
        var moderator = await PostAsync(CommandPayloads.ButtonAs("fact-edit:amazon-capex-2025", Moderator));
        var member = await PostAsync(CommandPayloads.ButtonAs("fact-edit:amazon-capex-2025", Member));

        Assert.Equal(9, moderator.GetProperty("type").GetInt32());
        Assert.Equal("Only moderators may use this command.", Ephemeral(member));
    }

    [Fact]
    public async Task UndoButton_Moderator_UndoesThatChange()
    {
        var change = new KnowledgeChange(8, DateTimeOffset.UnixEpoch, new EditActor("discord", "x", "x"), KnowledgeChangeAction.Edit, FactId, "/k/a.yaml", "b", "a", null, 7);
        _editor.Setup(e => e.Undo(7, It.IsAny<EditActor>(), null)).Returns(new KnowledgeEditResult(change, []));

        var response = await PostAsync(CommandPayloads.ButtonAs("fact-undo:7", Moderator));

        Assert.Equal("Changed fact `amazon-capex-2025` (undoes #7): change #8, in force now.", response.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task KnowledgeStatus_Moderator_ShowsVersionCountsAndTheLastRefusedEdit()
    {
        var rejection = new KnowledgeRejection(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), KnowledgeReloadOutcome.Rejected,
            [new Core.Knowledge.Loading.KnowledgeError("/k/sources/a.yaml", 12, "f", "unknown subject 'x'")], []);
        _knowledge.SetupGet(k => k.Status).Returns(new KnowledgeStatus(3, new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), "/k", 7, 37, 5, rejection));

        var response = await PostAsync(CommandPayloads.SubCommand(KnowledgeCommand, "status", Moderator));

        Assert.Equal("Knowledge version 3, loaded 2026-11-30 08:00:00 UTC from 7 file(s): 37 facts, 5 sources.\nLast refused edit (2026-11-30 09:00 UTC, Rejected): a.yaml:12: unknown subject 'x'", Ephemeral(response));
    }

    private static Dictionary<string, string> Form(string yaml, string reason = "") => new() { ["yaml"] = yaml, ["reason"] = reason };

    private static string Ephemeral(JsonElement response)
    {
        var data = response.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        return data.GetProperty("content").GetString()!;
    }

    private async Task<JsonElement> PostAsync(string payload)
    {
        using var response = await _host.PostSignedAsync(payload);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }
}
