using System.Net;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using static ChatBot.Discord.Commands.DiscordCommandDefinitions;

namespace ChatBot.Discord.Tests.Commands;

/// <summary>
/// Validly signed interactions that are well-formed JSON but odd — options of the wrong type or null, unknown
/// subcommands, huge numbers, empty custom ids — sent to the real command router: never a 5xx, never an error log.
/// </summary>
public sealed class OddInteractionBodiesTests : IAsyncLifetime
{
    private FakeDiscordRestServer _rest = null!;
    private InteractionEndpointHost _host = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRestServer.StartAsync();
        _host = await InteractionEndpointHost.StartAsync(services => services.AddCuratedBot(), _rest.ApiBaseUrl,
            extraSettings: new Dictionary<string, string?>
            {
                ["Discord:InteractionResponseDeadline"] = "00:00:02.500",
                [DiscordEnvironmentVariables.ModeratorRoleIds] = CommandPayloads.ModeratorRoleId,
            });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _rest.DisposeAsync();
    }

    public static TheoryData<string> Bodies() =>
    [
        CommandPayloads.Slash(Ask, options: (QuestionOption, 4, 2025)),
        CommandPayloads.Slash(Ask, options: (QuestionOption, 3, "")),
        CommandPayloads.Slash(Ask, options: (QuestionOption, 3, new string('9', 5000))),
        CommandPayloads.Slash(Ask, options: (QuestionOption, 3, "２０２５ ٣ २०२५ Amazon")),
        CommandPayloads.Slash(Ask, locale: "x-klingon-very-long-locale-tag-that-is-not-real-at-all-and-goes-on-and-on", options: (QuestionOption, 3, "Amazon")),
        CommandPayloads.Slash(Ask, locale: ""),
        CommandPayloads.Slash(Pledge, options: [(CompanyOption, 3, "Amazon"), (YearOption, 4, 99999999999)]),
        CommandPayloads.Slash(Pledge, options: [(CompanyOption, 3, "Amazon"), (YearOption, 3, "zweitausend")]),
        CommandPayloads.Slash(Pledge, options: [(CompanyOption, 4, 7), (YearOption, 10, 2025.5)]),
        CommandPayloads.Slash(Pledge, options: (YearOption, 4, -1)),
        CommandPayloads.Slash(Compare, options: [(FirstCompanyOption, 3, "Amazon"), (FirstCompanyOption, 3, "Meta")]),
        CommandPayloads.Slash(Compare, options: [(FirstCompanyOption, 3, ""), (SecondCompanyOption, 3, "\u0000")]),
        CommandPayloads.Slash(Top, options: (YearOption, 4, int.MinValue)),
        CommandPayloads.Slash(Reload, roles: [CommandPayloads.ModeratorRoleId], options: (ConfirmOption, 3, "yes")),
        CommandPayloads.Slash(KnowledgeCommand, roles: [CommandPayloads.ModeratorRoleId]),
        CommandPayloads.SubCommand(KnowledgeCommand, "no-such-sub", roles: [CommandPayloads.ModeratorRoleId]),
        CommandPayloads.SubCommand(FactCommand, "edit", roles: [CommandPayloads.ModeratorRoleId]),
        CommandPayloads.Slash("no-such-command"),
        CommandPayloads.Autocomplete(Pledge, CompanyOption, new string('a', 10_000)),
        CommandPayloads.Autocomplete(Compare, "no-such-option", "Am"),
        CommandPayloads.Autocomplete("no-such-command", CompanyOption, "Am"),
        CommandPayloads.Button(""),
        CommandPayloads.Button("sources:"),
        CommandPayloads.Button("sources:" + new string('x', 90)),
        CommandPayloads.Button("ingest:approve:"),
        CommandPayloads.ModalSubmit("", new Dictionary<string, string>(), CommandPayloads.EveryonePermissions),
        CommandPayloads.ModalSubmit("fact:edit:amazon-capex-2025", new Dictionary<string, string> { ["yaml"] = "- [" }, CommandPayloads.EveryonePermissions),
        CommandPayloads.MessageCommand(AskMessage, ""),
        CommandPayloads.MessageCommand("no-such-message-command", "How much does Amazon invest?"),
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Post_OddButValidInteraction_AnswersWithoutServerErrorOrErrorLog(string body)
    {
        using var response = await _host.PostSignedAsync(body);

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Level >= LogLevel.Error);
    }
}
