using System.Net;
using System.Text.Json;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Tests.TestSupport;
using static ChatBot.Discord.Commands.DiscordCommandDefinitions;

namespace ChatBot.Discord.Tests.Commands;

/// <summary>Every command through the real HTTP endpoint, signed like Discord, answered by the real router on the curated knowledge.</summary>
public sealed class DiscordCommandRouterEndpointTests : IAsyncLifetime
{
    private const int Ephemeral = 64;
    private const int String = 3;
    private const int Integer = 4;
    private readonly IAnswerEngine _engine = CuratedKnowledge.Engine();
    private FakeDiscordRestServer _rest = null!;
    private InteractionEndpointHost _host = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRestServer.StartAsync();
        // Production's deadline: a cold first answer (JIT) must not turn into a deferral.
        _host = await InteractionEndpointHost.StartAsync(services => services.AddCuratedBot(), _rest.ApiBaseUrl,
            extraSettings: new Dictionary<string, string?> { ["Discord:InteractionResponseDeadline"] = "00:00:02.500" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task Ask_Question_AnswersWithTheEnginesFigureAndSources()
    {
        const string question = "How much does Meta invest in 2025?";
        var expected = _engine.Ask(question);

        var data = await PostAsync(CommandPayloads.Slash(Ask, options: (QuestionOption, String, question)));

        var embed = data.GetProperty("embeds")[0];
        Assert.Equal(expected.Headline, embed.GetProperty("title").GetString());
        Assert.Contains($"**{expected.Sections[0].Items[0].Figure}**", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("[1]", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        var sources = Field(embed, "Sources");
        Assert.Contains(expected.Sources[0].Source.Title!, sources, StringComparison.Ordinal);
        Assert.Contains(expected.Sources[0].Source.Publisher ?? "publisher not stated", sources, StringComparison.Ordinal);
        Assert.False(data.TryGetProperty("flags", out _));
    }

    [Fact]
    public async Task Ask_GermanLocale_AnswersInGermanWithGermanSourceWording()
    {
        var data = await PostAsync(CommandPayloads.Slash(Ask, locale: "de", options: (QuestionOption, String, "How much does Meta invest in 2025?")));

        var embed = data.GetProperty("embeds")[0];
        Assert.Equal("Meta: Zahlen für 2025", embed.GetProperty("title").GetString());
        Assert.Contains("Herausgeber nicht angegeben", Field(embed, "Quellen"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_QuestionPingingEveryone_NeverPings()
    {
        var data = await PostAsync(CommandPayloads.Slash(Ask, options: (QuestionOption, String, "@everyone @here <@&1100000000000000077> how much does Acme invest?")));

        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2025)]
    public async Task Pledge_KnownCompany_AnswersTheSubjectsFiguresForTheYear(int? year)
    {
        var subject = CuratedKnowledge.Knowledge.FindSubject("microsoft")!;
        var expected = _engine.Answer(new Query("microsoft", Language.English, QueryIntent.Figures, [subject], [],
            year is { } y ? new PeriodFilter([y]) : PeriodFilter.None, []));
        var options = year is { } chosen
            ? new[] { (CompanyOption, String, (object)"microsoft"), (YearOption, Integer, chosen) }
            : [(CompanyOption, String, "microsoft")];

        var data = await PostAsync(CommandPayloads.Slash(Pledge, options: options));

        var embed = data.GetProperty("embeds")[0];
        Assert.Equal(expected.Headline, embed.GetProperty("title").GetString());
        Assert.Contains($"**{expected.Sections[0].Items[0].Figure}**", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("sources:", SourcesButtonId(data), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pledge_TypedAliasInsteadOfSuggestion_ResolvesTheSubject()
    {
        var data = await PostAsync(CommandPayloads.Slash(Pledge, options: (CompanyOption, String, "AWS")));

        Assert.StartsWith("Amazon", data.GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pledge_UnknownCompany_GivesTheEnginesNoFigureAnswer()
    {
        var data = await PostAsync(CommandPayloads.Slash(Pledge, options: (CompanyOption, String, "Intel")));

        var embed = data.GetProperty("embeds")[0];
        Assert.Contains("no figure", embed.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("Intel", embed.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.False(data.TryGetProperty("components", out _));
    }

    [Fact]
    public async Task Compare_TwoCompanies_AnswersTheComparison()
    {
        var data = await PostAsync(CommandPayloads.Slash(Compare, options: [(FirstCompanyOption, String, "amazon"), (SecondCompanyOption, String, "microsoft")]));

        var embed = data.GetProperty("embeds")[0];
        Assert.Equal("Comparison: Amazon and Microsoft", embed.GetProperty("title").GetString());
        Assert.Contains("**more than $100 billion**", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Top_Year_RanksTheSpenders()
    {
        var data = await PostAsync(CommandPayloads.Slash(Top, options: (YearOption, Integer, 2025)));

        var embed = data.GetProperty("embeds")[0];
        Assert.Equal("Who invests the most in AI? (2025)", embed.GetProperty("title").GetString());
        Assert.Contains("1. Amazon", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_ListsEveryArticle()
    {
        var data = await PostAsync(CommandPayloads.Slash(DiscordCommandDefinitions.Sources));

        var text = data.GetProperty("embeds")[0].GetRawText();
        foreach (var source in CuratedKnowledge.Knowledge.Sources.Where(s => s.Title is not null))
        {
            Assert.Contains(JsonSerializer.Serialize(source.Title)[1..^1], text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_IsEphemeral()
    {
        var data = await PostAsync(CommandPayloads.Slash(Help));

        Assert.Equal(Ephemeral, data.GetProperty("flags").GetInt32());
        Assert.NotEmpty(data.GetProperty("embeds")[0].GetProperty("title").GetString()!);
    }

    [Fact]
    public async Task Autocomplete_Micro_SuggestsMicrosoftById()
    {
        using var response = await _host.PostSignedAsync(CommandPayloads.Autocomplete(Pledge, CompanyOption, "micro"));
        var body = await Json(response);

        Assert.Equal(8, body.GetProperty("type").GetInt32());
        var choices = body.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        Assert.InRange(choices.Count, 1, 25);
        Assert.Equal("microsoft", choices[0].GetProperty("value").GetString());
        Assert.Equal("Microsoft", choices[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("", 25)]
    [InlineData("goog", 1)]
    [InlineData("ÖSTERREICH", 0)]
    public async Task Autocomplete_PartialText_AtMost25FoldedMatches(string partial, int atMost)
    {
        using var response = await _host.PostSignedAsync(CommandPayloads.Autocomplete(Compare, SecondCompanyOption, partial, locale: "de"));
        var choices = (await Json(response)).GetProperty("data").GetProperty("choices").EnumerateArray().ToList();

        Assert.InRange(choices.Count, Math.Min(atMost, 1), Math.Max(atMost, 25));
        if (partial == "goog")
        {
            Assert.Equal("alphabet", choices[0].GetProperty("value").GetString());
        }
    }

    [Fact]
    public async Task SourcesButton_FromAnAnswer_ShowsTheVerbatimQuotesEphemerally()
    {
        var answer = await PostAsync(CommandPayloads.Slash(Pledge, options: (CompanyOption, String, "meta")));
        var customId = SourcesButtonId(answer);

        var data = await PostAsync(CommandPayloads.Button(customId));

        Assert.Equal(Ephemeral, data.GetProperty("flags").GetInt32());
        var embed = data.GetProperty("embeds")[0].GetRawText();
        var factIds = customId["sources:".Length..].Split(',');
        foreach (var fact in factIds.Select(id => CuratedKnowledge.Knowledge.FindFact(id)!))
        {
            Assert.Contains(JsonSerializer.Serialize(fact.Quote)[1..^1], embed, StringComparison.Ordinal);
            var source = CuratedKnowledge.Knowledge.FindSource(fact.SourceId)!;
            Assert.Contains(source.Publisher ?? "publisher not stated", embed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SourcesButton_FactsNoLongerKnown_SaysSoEphemerally()
    {
        var data = await PostAsync(CommandPayloads.Button("sources:removed-fact,another-gone"));

        Assert.Equal(Ephemeral, data.GetProperty("flags").GetInt32());
        Assert.Equal("Those sources are no longer in the knowledge.", data.GetProperty("content").GetString());
    }

    [Fact]
    public async Task MessageCommand_AnswersTheTargetMessagesContent()
    {
        const string question = "compare amazon and microsoft";

        var data = await PostAsync(CommandPayloads.MessageCommand(AskMessage, question));

        Assert.Equal(_engine.Ask(question).Headline, data.GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task ModeratorCommand_UserWithoutModeratorPermissions_IsRefusedEphemerally()
    {
        var data = await PostAsync(CommandPayloads.Slash(Reload, permissions: CommandPayloads.EveryonePermissions));

        Assert.Equal(Ephemeral, data.GetProperty("flags").GetInt32());
        Assert.Equal("Only moderators may use this command.", data.GetProperty("content").GetString());
    }

    [Fact]
    public async Task ModeratorCommand_ManageServerPermission_RunsTheCommand()
    {
        var data = await PostAsync(CommandPayloads.Slash(Reload, permissions: ModeratorPermissions.ManageGuild.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(Ephemeral, data.GetProperty("flags").GetInt32());
        Assert.Equal("This knowledge cannot be reloaded.", data.GetProperty("content").GetString());
    }

    [Fact]
    public async Task UnknownCommand_AnswersEphemerally()
    {
        var data = await PostAsync(CommandPayloads.Slash("invest"));

        Assert.Equal(Ephemeral, data.GetProperty("flags").GetInt32());
    }

    private async Task<JsonElement> PostAsync(string payload)
    {
        using var response = await _host.PostSignedAsync(payload);
        var body = await Json(response);
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        var data = body.GetProperty("data");
        DiscordLimitsAssert.SafeMessage(data);
        return data;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string Field(JsonElement embed, string name) =>
        embed.GetProperty("fields").EnumerateArray().First(f => f.GetProperty("name").GetString() == name).GetProperty("value").GetString()!;

    private static string SourcesButtonId(JsonElement data) =>
        data.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;
}
