using System.Text.Json;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Editing;
using ChatBot.Core.Knowledge.Editing.Forms;
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
    private const string Block = "  - id: amazon-capex-2025\n    subject: amazon\n    amount: { value: 100, currency: USD, scale: billion, qualifier: more_than }\n";
    private static readonly FactSnapshot Snapshot = new(FactId, "/k/sources/a.yaml", 50, Block, Version);

    private readonly Mock<IKnowledgeEditor> _editor = new();
    private readonly Mock<IReloadableKnowledgeProvider> _knowledge = new();
    private FakeDiscordRestServer _rest = null!;
    private InteractionEndpointHost _host = null!;

    public async Task InitializeAsync()
    {
        _knowledge.SetupGet(k => k.Current).Returns(CuratedKnowledge.Knowledge);
        // Opening a form warms the scanners in the background; a test submits at once and must not race that against its deadline.
        Core.Ingest.FigureScanner.ParseAmount("80 Mrd. US-Dollar", Language.German);
        Core.Ingest.PeriodScanner.ParsePeriod("2025");
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
    public async Task Edit_Moderator_OpensTheFactFormPrefilledWithTheCurrentValues()
    {
        var response = await PostAsync(CommandPayloads.SubCommand(FactCommand, "edit", Moderator, options: ("id", 3, FactId)));

        Assert.Equal(9, response.GetProperty("type").GetInt32());
        var data = response.GetProperty("data");
        Assert.StartsWith("fact-form:", data.GetProperty("custom_id").GetString(), StringComparison.Ordinal);
        Assert.Equal("Edit amazon-capex-2025", data.GetProperty("title").GetString());
        var inputs = Inputs(data);
        Assert.Equal(["subject", "amount", "period", "quote", "statements"], inputs.Keys);
        Assert.Equal("amazon", inputs["subject"]);
        Assert.Equal("more than $100 billion", inputs["amount"]);
        Assert.Equal("2025", inputs["period"]);
        Assert.StartsWith("Dennoch halten die Tech-Konzerne", inputs["quote"], StringComparison.Ordinal);
        Assert.StartsWith("de: Amazon plant 2025", inputs["statements"], StringComparison.Ordinal);
        Assert.All(data.GetProperty("components").EnumerateArray(), label => Assert.True(label.GetProperty("label").GetString()!.Length <= 45));
    }

    [Fact]
    public async Task Add_GermanModerator_OpensAnEmptyFormInGerman()
    {
        var response = await PostAsync(CommandPayloads.SubCommandIn("de", FactCommand, "add", Moderator, ("source", 3, "frankreich-ki-us-techriesen"), ("kind", 3, "capex")));

        var data = response.GetProperty("data");
        Assert.Equal("Fakt hinzufügen", data.GetProperty("title").GetString());
        Assert.Equal("Betrag, wie ihn der Artikel nennt", data.GetProperty("components")[1].GetProperty("label").GetString());
        Assert.All(Inputs(data).Values, Assert.Null);
    }

    [Theory]
    [InlineData("en-US", "no-such-source", "capex", "**Source**: there is no source \"no-such-source\"")]
    [InlineData("de", "no-such-source", "capex", "**Quelle**: es gibt keine Quelle „no-such-source“")]
    [InlineData("en-US", "frankreich-ki-us-techriesen", "wealth", "**Kind**: \"wealth\" is not a fact kind.")]
    public async Task Add_UnknownSourceOrKind_IsRefusedBeforeTheFormOpens(string locale, string source, string kind, string expected)
    {
        var response = await PostAsync(CommandPayloads.SubCommandIn(locale, FactCommand, "add", Moderator, ("source", 3, source), ("kind", 3, kind)));

        Assert.Contains(expected, Ephemeral(response), StringComparison.Ordinal);
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
    [InlineData("show")]
    [InlineData("add")]
    public async Task AnySubcommand_NonModerator_IsRefusedAndTouchesNothing(string sub)
    {
        var response = await PostAsync(CommandPayloads.SubCommand(FactCommand, sub, Member, options: ("id", 3, FactId)));

        Assert.Equal("Only moderators may use this command.", Ephemeral(response));
        Assert.Empty(_editor.Invocations);
    }

    [Fact]
    public async Task ModalSubmit_NonModerator_IsRefusedAndNothingIsPreviewedOrWritten()
    {
        var customId = (await OpenEditFormAsync()).CustomId;

        var response = await PostAsync(CommandPayloads.ModalSubmit(customId, Form(NewFact), Member));

        Assert.Equal("Only moderators may use this command.", Ephemeral(response));
        Assert.DoesNotContain(_editor.Invocations, i => i.Method.Name == nameof(IKnowledgeEditor.Preview));
    }

    [Fact]
    public async Task ModalSubmitThenConfirm_Moderator_PreviewsThenWritesOnlyTheChangedAmountWithTheFormsVersionAndUndoButton()
    {
        string? previewed = null;
        var change = new KnowledgeChange(0, DateTimeOffset.UnixEpoch, new EditActor("discord", "x", "x"), KnowledgeChangeAction.Edit, FactId, "/k/a.yaml", Block, "  - id: amazon-capex-2025\n", null, null);
        _editor.Setup(e => e.Preview(FactId, Version, It.IsAny<string>(), It.IsAny<EditActor>()))
            .Callback<string?, string?, string, EditActor>((_, _, yaml, _) => previewed = yaml).Returns(new KnowledgeEditResult(change, []));
        _editor.Setup(e => e.Edit(FactId, Version, It.IsAny<string>(), It.IsAny<EditActor>(), "typo")).Returns(new KnowledgeEditResult(change with { Id = 7 }, []));
        var form = await OpenEditFormAsync(reason: "typo");

        var preview = await PostAsync(CommandPayloads.ModalSubmit(form.CustomId, Form(form.Values with { Amount = "über 83 Mrd. Dollar" }), Moderator));
        var confirm = preview.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;
        _editor.Verify(e => e.Edit(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<EditActor>(), It.IsAny<string?>()), Times.Never);
        var saved = await PostAsync(CommandPayloads.ButtonAs(confirm, Moderator));

        Assert.Equal("- id: amazon-capex-2025\n  subject: amazon\n  amount: { value: 83, currency: USD, scale: billion, qualifier: more_than }\n", previewed);
        Assert.StartsWith("Change fact `amazon-capex-2025`? It passed every check.", Ephemeral(preview), StringComparison.Ordinal);
        Assert.Contains("Amount read as: more than $83 billion", Ephemeral(preview), StringComparison.Ordinal);
        Assert.Equal(7, saved.GetProperty("type").GetInt32());
        Assert.Equal("Changed fact `amazon-capex-2025`: change #7, in force now.", saved.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal("fact-undo:7", saved.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString());
        _editor.Verify(e => e.Edit(FactId, Version, previewed!, It.Is<EditActor>(a => a.Platform == "discord" && a.UserId == DiscordPayloads.UserId && a.DisplayName == "Nelly"), "typo"), Times.Once);
    }

    [Fact]
    public async Task Confirm_PressedAgain_DoesNotWriteTwice()
    {
        var change = new KnowledgeChange(0, DateTimeOffset.UnixEpoch, new EditActor("discord", "x", "x"), KnowledgeChangeAction.Add, "new-fact", "/k/a.yaml", null, "  - id: new-fact\n", null, null);
        _editor.Setup(e => e.Preview(null, null, It.IsAny<string>(), It.IsAny<EditActor>())).Returns(new KnowledgeEditResult(change, []));
        _editor.Setup(e => e.Add(It.IsAny<string>(), It.IsAny<EditActor>(), null)).Returns(new KnowledgeEditResult(change with { Id = 3 }, []));
        var modal = await PostAsync(CommandPayloads.SubCommand(FactCommand, "add", Moderator, options: [("source", 3, "frankreich-ki-us-techriesen"), ("kind", 3, "capex")]));
        var preview = await PostAsync(CommandPayloads.ModalSubmit(modal.GetProperty("data").GetProperty("custom_id").GetString()!, Form(NewFact), Moderator));
        var confirm = preview.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;

        await PostAsync(CommandPayloads.ButtonAs(confirm, Moderator));
        var again = await PostAsync(CommandPayloads.ButtonAs(confirm, Moderator));

        Assert.Contains("No German statement given; the bot will say: \"Amazon: 83 Mrd. US-Dollar (2024).\"", Ephemeral(preview), StringComparison.Ordinal);
        Assert.StartsWith("This preview has expired", again.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        _editor.Verify(e => e.Add(It.IsAny<string>(), It.IsAny<EditActor>(), It.IsAny<string?>()), Times.Once);
    }

    [Theory]
    [InlineData("amount", "über 777 Mrd. Dollar", "en-US", "**Quote**: does not state the figure 777; the quote must contain it.")]
    [InlineData("subject", "nobody", "en-US", "**Subject**: there is no subject \"nobody\"")]
    [InlineData("amount", "viel Geld", "en-US", "**Amount**: \"viel Geld\" is not one amount")]
    [InlineData("period", "irgendwann", "de", "**Zeitraum**: „irgendwann“ ist kein Zeitraum")]
    [InlineData("quote", "Amazon \u0007 83", "en-US", "**Quote**: contains a control character (U+0007)")]
    [InlineData("subject", "\": #\n- id:", "en-US", "**Subject**: contains a control character (U+000A)")]
    [InlineData("statements", "Amazon: 83", "en-US", "**Statements**: \"Amazon: 83\" does not start with \"de:\" or \"en:\".")]
    public async Task ModalSubmit_BadField_SaysWhatIsWrongOffersFixAndPreviewsNothing(string field, string value, string locale, string expected)
    {
        var modal = await PostAsync(CommandPayloads.SubCommandIn(locale, FactCommand, "add", Moderator, ("source", 3, "frankreich-ki-us-techriesen"), ("kind", 3, "capex")));
        var customId = modal.GetProperty("data").GetProperty("custom_id").GetString()!;
        var values = Form(NewFact);
        values[field] = value;

        var response = await PostAsync(CommandPayloads.ModalSubmitIn(locale, customId, values, Moderator));

        Assert.Contains(expected, Ephemeral(response), StringComparison.Ordinal);
        Assert.StartsWith("fact-fix:", response.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_editor.Invocations, i => i.Method.Name == nameof(IKnowledgeEditor.Preview));
    }

    [Fact]
    public async Task FixButton_Moderator_ReopensTheFormWithWhatWasTypedNonModeratorIsRefused()
    {
        var modal = await PostAsync(CommandPayloads.SubCommand(FactCommand, "add", Moderator, options: [("source", 3, "frankreich-ki-us-techriesen"), ("kind", 3, "capex")]));
        var values = Form(NewFact);
        values["amount"] = "viel Geld";
        var refused = await PostAsync(CommandPayloads.ModalSubmit(modal.GetProperty("data").GetProperty("custom_id").GetString()!, values, Moderator));
        var fix = refused.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;

        var member = await PostAsync(CommandPayloads.ButtonAs(fix, Member));
        var reopened = await PostAsync(CommandPayloads.ButtonAs(fix, Moderator));

        Assert.Equal("Only moderators may use this command.", Ephemeral(member));
        Assert.Equal(9, reopened.GetProperty("type").GetInt32());
        Assert.Equal("viel Geld", Inputs(reopened.GetProperty("data"))["amount"]);
        Assert.Equal(NewFact.Quote, Inputs(reopened.GetProperty("data"))["quote"]);
    }

    [Fact]
    public async Task ModalSubmit_QuoteOver4000Characters_IsRefusedWithoutPreview()
    {
        var modal = await PostAsync(CommandPayloads.SubCommand(FactCommand, "add", Moderator, options: [("source", 3, "frankreich-ki-us-techriesen"), ("kind", 3, "capex")]));

        var response = await PostAsync(CommandPayloads.ModalSubmit(modal.GetProperty("data").GetProperty("custom_id").GetString()!, Form(NewFact with { Quote = new string('x', 4001) }), Moderator));

        Assert.Contains("**Quote**: is longer than 4000 characters.", Ephemeral(response), StringComparison.Ordinal);
        Assert.DoesNotContain(_editor.Invocations, i => i.Method.Name == nameof(IKnowledgeEditor.Preview));
    }

    [Fact]
    public async Task ModalSubmit_UnknownOrOtherModeratorsForm_IsExpired()
    {
        var response = await PostAsync(CommandPayloads.ModalSubmit("fact-form:0000000000000000", Form(NewFact), Moderator));

        Assert.StartsWith("This preview has expired", Ephemeral(response), StringComparison.Ordinal);
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
    public async Task ModalSubmit_WritePathRefuses_ShowsTheLoadersErrorsAndOffersOnlyFix()
    {
        _editor.Setup(e => e.Preview(FactId, Version, It.IsAny<string>(), It.IsAny<EditActor>()))
            .Returns(KnowledgeEditResult.Failed("/k/a.yaml:50: fact 'amazon-capex-2025': the quote is not in the archived article"));
        var form = await OpenEditFormAsync();

        var response = await PostAsync(CommandPayloads.ModalSubmit(form.CustomId, Form(form.Values with { Amount = "über 83 Mrd. Dollar" }), Moderator));

        Assert.Contains("the quote is not in the archived article", Ephemeral(response), StringComparison.Ordinal);
        var buttons = response.GetProperty("data").GetProperty("components").EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray()).ToList();
        Assert.StartsWith("fact-fix:", Assert.Single(buttons).GetProperty("custom_id").GetString(), StringComparison.Ordinal);
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
    public async Task Autocomplete_SourceOption_SuggestsSourceIds()
    {
        var response = await PostAsync(CommandPayloads.SubCommandAutocomplete(FactCommand, "add", "source", "frankreich", Moderator));

        Assert.Equal(["frankreich-ki-us-techriesen"], response.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task HistoryAndRemove_GermanModerator_AnswerInGerman()
    {
        _editor.Setup(e => e.History(null, It.IsAny<int>())).Returns([]);

        var history = await PostAsync(CommandPayloads.SubCommandIn("de", FactCommand, "history", Moderator));
        var remove = await PostAsync(CommandPayloads.SubCommandIn("de", FactCommand, "remove", Moderator, ("id", 3, FactId)));

        Assert.Equal("Noch keine Änderungen aufgezeichnet.", Ephemeral(history));
        Assert.StartsWith("Fakt `amazon-capex-2025` aus `a.yaml` entfernen?", Ephemeral(remove), StringComparison.Ordinal);
        var buttons = remove.GetProperty("data").GetProperty("components")[0].GetProperty("components").EnumerateArray().Select(b => b.GetProperty("label").GetString());
        Assert.Equal(["Bestätigen", "Abbrechen"], buttons);
    }

    [Fact]
    public void PhraseBooks_PseudoLanguageRegisteredInATable_IsUsedWithoutGlobalState()
    {
        var table = ChatBot.Discord.Moderation.ModerationPhraseBooks.Default.With(new Language("xx"), new ChatBot.Discord.Moderation.GermanModerationPhrases());

        Assert.IsType<ChatBot.Discord.Moderation.GermanModerationPhrases>(table.For(new Language("xx")));
        Assert.IsType<ChatBot.Discord.Moderation.EnglishModerationPhrases>(ChatBot.Discord.Moderation.ModerationPhraseBooks.Default.For(new Language("xx")));
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

        Assert.Equal("Knowledge version 3, loaded 2026-11-30 08:00:00 UTC from 7 file(s): 37 facts, 5 sources.\nLast refused edit (2026-11-30 09:00 UTC, Rejected): a.yaml:12: unknown subject 'x'\nPhrasing: off (no LLM configured; every answer is the template).", Ephemeral(response));
    }

    private static readonly FactForm NewFact = new("Amazon", "83 Milliarden Dollar", "2024", "frankreich-ki-us-techriesen",
        "Dennoch halten die Tech-Konzerne an ihren Plänen fest: Amazon plant 2025 Investitionen von über 100 Milliarden Dollar, im Vorjahr waren es noch 83 Milliarden Dollar.", "");

    private static Dictionary<string, string> Form(FactForm form) => new()
    {
        ["subject"] = form.Subject, ["amount"] = form.Amount, ["period"] = form.Period, ["quote"] = form.Quote, ["statements"] = form.Statements,
    };

    private static Dictionary<string, string?> Inputs(JsonElement modal) => modal.GetProperty("components").EnumerateArray()
        .Select(label => label.GetProperty("component"))
        .ToDictionary(input => input.GetProperty("custom_id").GetString()!, input => input.TryGetProperty("value", out var v) ? v.GetString() : null);

    private async Task<(string CustomId, FactForm Values)> OpenEditFormAsync(string? reason = null)
    {
        var modal = await PostAsync(reason is null
            ? CommandPayloads.SubCommand(FactCommand, "edit", Moderator, options: ("id", 3, FactId))
            : CommandPayloads.SubCommand(FactCommand, "edit", Moderator, options: [("id", 3, FactId), ("reason", 3, reason)]));
        var inputs = Inputs(modal.GetProperty("data"));
        return (modal.GetProperty("data").GetProperty("custom_id").GetString()!,
            new FactForm(inputs["subject"]!, inputs["amount"]!, inputs["period"]!, "", inputs["quote"]!, inputs["statements"]!));
    }

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
