using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Core.Knowledge;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Models;
using ChatBot.Discord.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Discord.Commands.DiscordCommandDefinitions;

namespace ChatBot.Discord.Tests.Commands;

public sealed partial class DiscordCommandDefinitionsTests
{
    [Fact]
    public void All_SlashCommands_FollowDiscordsNameAndLengthRules()
    {
        foreach (var command in All.Where(c => c.Type == ApplicationCommandType.ChatInput))
        {
            Assert.Matches(NamePattern(), command.Name);
            Assert.InRange(command.Description.Length, 1, 100);
            foreach (var option in command.Options ?? [])
            {
                Assert.Matches(NamePattern(), option.Name);
                Assert.InRange(option.Description.Length, 1, 100);
            }

            var required = (command.Options ?? []).Select(o => o.Required == true).ToList();
            Assert.Equal(required.OrderByDescending(r => r), required);
        }
    }

    [Fact]
    public void All_CompanyOptions_AreAutocompletedStringsWithoutChoices()
    {
        var companies = All.SelectMany(c => c.Options ?? []).Where(o => o.Name is CompanyOption or FirstCompanyOption or SecondCompanyOption).ToList();

        Assert.Equal(3, companies.Count);
        Assert.All(companies, o => Assert.True(o.Autocomplete == true && o.Type == ApplicationCommandOptionType.String && o.Choices is null));
    }

    [Fact]
    public void All_ReloadFactKnowledgeIngestAndDraftsAreModeratorOnlyAndTheRestAreNot()
    {
        Assert.Equal([Reload, FactCommand, KnowledgeCommand, IngestCommandName, DraftsCommandName], All.Where(IsModeratorOnly).Select(c => c.Name));
        Assert.All([IngestCommandName, DraftsCommandName], name => Assert.Equal("32", Find(name)!.DefaultMemberPermissions));
        Assert.Equal("32", Find(Reload)!.DefaultMemberPermissions);
    }

    [Fact]
    public async Task RegisterAsync_AllDefinitions_SendsEveryCommandWithAutocompleteAndTheMessageCommand()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        await using var services = DiscordServices.Build(rest.ApiBaseUrl);

        await services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(All, "1100000000000000001", CancellationToken.None);

        var request = Assert.Single(rest.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.EndsWith($"/applications/{TestKeys.ApplicationId}/guilds/1100000000000000001/commands", request.Path, StringComparison.Ordinal);
        var sent = request.Json.EnumerateArray().ToList();
        Assert.Equal(All.Select(c => c.Name), sent.Select(c => c.GetProperty("name").GetString()));
        var pledge = sent.Single(c => c.GetProperty("name").GetString() == Pledge);
        Assert.True(pledge.GetProperty("options")[0].GetProperty("autocomplete").GetBoolean());
        Assert.Equal(Years.Min, pledge.GetProperty("options")[1].GetProperty("min_value").GetInt32());
        var message = sent.Single(c => c.GetProperty("name").GetString() == AskMessage);
        Assert.Equal(3, message.GetProperty("type").GetInt32());
        Assert.Equal(JsonValueKind.String, sent.Single(c => c.GetProperty("name").GetString() == Reload).GetProperty("default_member_permissions").ValueKind);
    }

    [GeneratedRegex(@"^[-_'\p{Ll}\p{Lo}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
