using ChatBot.Discord.Commands;
using ChatBot.Discord.Models;
using ChatBot.Discord.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Discord.Tests.Commands;

public sealed class DiscordCommandRegistrarTests : IAsyncLifetime
{
    private static readonly ApplicationCommand[] Commands =
    [
        new()
        {
            Name = "invest",
            Description = "How much a company invested in AI",
            Type = ApplicationCommandType.ChatInput,
            Options =
            [
                new() { Type = ApplicationCommandOptionType.String, Name = "company", Description = "Company", Required = true, Autocomplete = true },
                new() { Type = ApplicationCommandOptionType.Integer, Name = "year", Description = "Year", MinValue = 2010 },
            ],
            Contexts = [0, 1],
        },
        new() { Name = "reload", Description = "Reload knowledge", DefaultMemberPermissions = "8192", DmPermission = false },
        new() { Name = "Explain this", Type = ApplicationCommandType.Message },
    ];

    private FakeDiscordRestServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeDiscordRestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task RegisterAsync_Guild_PutsCommandArrayToGuildRoute()
    {
        await using var services = DiscordServices.Build(_server.ApiBaseUrl);
        var registrar = services.GetRequiredService<DiscordCommandRegistrar>();

        var registered = await registrar.RegisterAsync(Commands, "1100000000000000001", CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/api/v10/applications/{TestKeys.ApplicationId}/guilds/1100000000000000001/commands", request.Path);
        var invest = request.Json[0];
        Assert.Equal("invest", invest.GetProperty("name").GetString());
        Assert.Equal(1, invest.GetProperty("type").GetInt32());
        Assert.True(invest.GetProperty("options")[0].GetProperty("autocomplete").GetBoolean());
        Assert.Equal(2010, invest.GetProperty("options")[1].GetProperty("min_value").GetDouble());
        Assert.False(invest.TryGetProperty("default_member_permissions", out _));
        Assert.Equal("8192", request.Json[1].GetProperty("default_member_permissions").GetString());
        Assert.False(request.Json[1].GetProperty("dm_permission").GetBoolean());
        Assert.Equal(3, request.Json[2].GetProperty("type").GetInt32());
        Assert.Equal(3, registered.Count);
    }

    [Fact]
    public async Task RegisterAsync_Global_PutsToApplicationRoute()
    {
        await using var services = DiscordServices.Build(_server.ApiBaseUrl);
        var registrar = services.GetRequiredService<DiscordCommandRegistrar>();

        await registrar.RegisterAsync(Commands, guildId: null, CancellationToken.None);

        Assert.Equal($"/api/v10/applications/{TestKeys.ApplicationId}/commands", Assert.Single(_server.Requests).Path);
    }
}
