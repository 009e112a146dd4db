using System.Net;
using System.Text.Json;
using ChatBot.Core.Answers;
using ChatBot.Discord.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.Discord.Commands.DiscordCommandDefinitions;

namespace ChatBot.Discord.Tests.Commands;

/// <summary>
/// /pledge and /compare through the signed HTTP endpoint on loopback: the query is built from the typed options for
/// known names, aliases and names the knowledge does not have alike. No option is turned into a sentence for the
/// parser; the most the engine is asked to understand is a name that is not exactly one it knows (a typo).
/// </summary>
public sealed class TypedCommandsEndpointTests : IAsyncLifetime
{
    private const int String = 3;
    private const int Integer = 4;
    private readonly RecordingAnswerEngine _engine = new(CuratedKnowledge.Engine());
    private FakeDiscordRestServer _rest = null!;
    private InteractionEndpointHost _host = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRestServer.StartAsync();
        _host = await InteractionEndpointHost.StartAsync(
            services => services.AddCuratedBot().AddSingleton<IAnswerEngine>(_engine),
            _rest.ApiBaseUrl,
            extraSettings: new Dictionary<string, string?> { ["Discord:InteractionResponseDeadline"] = "00:00:02.500" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Theory]
    [InlineData("microsoft", "Microsoft")]
    [InlineData("AWS", "Amazon")]
    [InlineData("Facebook", "Meta")]
    public async Task Pledge_KnownNameOrAlias_AnswersThatSubjectWithoutTheParser(string company, string title)
    {
        var data = await PostAsync(Pledge, (CompanyOption, String, company));

        Assert.StartsWith(title, Title(data), StringComparison.Ordinal);
        Assert.Empty(_engine.Texts);
        Assert.Equal(title.ToLowerInvariant(), Assert.Single(Assert.Single(_engine.Queries).Subjects).Id);
    }

    [Fact]
    public async Task Pledge_Typo_IsResolvedFromTheNameAloneNotASentence()
    {
        var data = await PostAsync(Pledge, (CompanyOption, String, "Mircosoft"));

        Assert.StartsWith("Microsoft", Title(data), StringComparison.Ordinal);
        Assert.Equal("Mircosoft", Assert.Single(_engine.Texts));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2025)]
    public async Task Pledge_UnknownCompany_SaysItHasNoFigureForThatNameWithTheYearApplied(int? year)
    {
        var data = year is { } y
            ? await PostAsync(Pledge, (CompanyOption, String, "Intel"), (YearOption, Integer, y))
            : await PostAsync(Pledge, (CompanyOption, String, "Intel"));

        AssertNoFigureFor("“Intel”", Title(data));
        Assert.False(data.TryGetProperty("components", out _));
        var query = Assert.Single(_engine.Queries);
        Assert.Equal(["Intel"], query.UnknownNames);
        Assert.Empty(query.Subjects);
        Assert.Equal(year is { } expected ? [expected] : [], query.Period.Years);
        Assert.DoesNotContain(_engine.Texts, text => text.Contains("invest", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Pledge_UnknownCompanyGermanLocale_AnswersInGerman()
    {
        var data = await PostAsync(Pledge, "de", (CompanyOption, String, "Intel"));

        Assert.Contains("„Intel“", Title(data), StringComparison.Ordinal);
        Assert.DoesNotContain("figure", Title(data), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("amazon", "Intel")]
    [InlineData("Intel", "amazon")]
    [InlineData("amazon", "intel")]
    public async Task Compare_OneUnknownSide_GivesTheKnownSidesFiguresAndSaysItHasNoneForTheOther(string first, string second)
    {
        var data = await PostAsync(Compare, (FirstCompanyOption, String, first), (SecondCompanyOption, String, second));

        Assert.StartsWith("Amazon", Title(data), StringComparison.Ordinal);
        Assert.Contains("**more than $100 billion**", Description(data), StringComparison.Ordinal);
        AssertNoFigureFor("“Intel”", Field(data, "Notes"));
        Assert.Equal("amazon", Assert.Single(Assert.Single(_engine.Queries).Subjects).Id);
    }

    [Fact]
    public async Task Compare_BothKnownWithYear_ComparesThemForThatYear()
    {
        var data = await PostAsync(Compare, (FirstCompanyOption, String, "AWS"), (SecondCompanyOption, String, "meta"), (YearOption, Integer, 2025));

        Assert.StartsWith("Comparison: Amazon and Meta", Title(data), StringComparison.Ordinal);
        var query = Assert.Single(_engine.Queries);
        Assert.Equal(["amazon", "meta"], query.Subjects.Select(s => s.Id));
        Assert.Equal([2025], query.Period.Years);
        Assert.Empty(_engine.Texts);
    }

    [Fact]
    public async Task Compare_BothUnknown_SaysItHasNoFigureForEitherOnce()
    {
        var data = await PostAsync(Compare, (FirstCompanyOption, String, "Intel"), (SecondCompanyOption, String, "Samsung"));

        AssertNoFigureFor("“Intel” and “Samsung”", Title(data));
        Assert.DoesNotContain("Intel", Fields(data.GetProperty("embeds")[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_SameCompanyTwice_AnswersItsFigures()
    {
        var data = await PostAsync(Compare, (FirstCompanyOption, String, "amazon"), (SecondCompanyOption, String, "AWS"));

        Assert.StartsWith("Amazon", Title(data), StringComparison.Ordinal);
        Assert.Equal("amazon", Assert.Single(Assert.Single(_engine.Queries).Subjects).Id);
    }

    [Fact]
    public async Task Pledge_VeryLongName_IsQuotedShortenedAndNeverParsed()
    {
        var name = "Acme" + new string('x', 5000);

        var data = await PostAsync(Pledge, (CompanyOption, String, name));

        AssertNoFigureFor("“Acmexxx", Title(data));
        Assert.Contains("…", Title(data), StringComparison.Ordinal);
        Assert.Empty(_engine.Texts);
        Assert.True(Assert.Single(Assert.Single(_engine.Queries).UnknownNames).Length <= 100);
    }

    [Fact]
    public async Task Pledge_ControlCharacters_NeverReachTheParserOrTheAnswer()
    {
        var data = await PostAsync(Pledge, (CompanyOption, String, "Acme\u001b[31m\u0000\u0007 Corp\r\n"));

        AssertNoFigureFor("“Acme [31m Corp”", Title(data));
        Assert.Empty(_engine.Texts);
        Assert.DoesNotContain(data.GetRawText(), c => char.IsControl(c) && c is not ('\n' or '\r'));
    }

    [Theory]
    [InlineData("**Evil**_corp_ `x` ~~y~~ ||z||", "“\\*\\*Evil\\*\\*\\_corp\\_ \\`x\\` \\~\\~y\\~\\~ \\|\\|z\\|\\|”")]
    [InlineData("Intel\n- id: evil\n  amount: 999\n---\n!!python/object", "“Intel - id: evil amount: 999 --- !!python/object”")]
    [InlineData("@everyone <@&1100000000000000077>", "“@everyone <@&1100000000000000077>”")]
    public async Task Pledge_InjectionAttempt_IsQuotedLiterallyAndNeverPings(string name, string quoted)
    {
        var data = await PostAsync(Pledge, (CompanyOption, String, name));

        AssertNoFigureFor(quoted, Title(data));
        Assert.False(data.TryGetProperty("components", out _));
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Empty(Assert.Single(_engine.Queries).Subjects);
    }

    [Fact]
    public async Task Compare_HostileUnknownSide_StillAnswersTheKnownSide()
    {
        var data = await PostAsync(Compare, (FirstCompanyOption, String, "meta"), (SecondCompanyOption, String, "x\u0000" + new string('y', 3000)));

        Assert.StartsWith("Meta", Title(data), StringComparison.Ordinal);
        AssertNoFigureFor("“X yyy", Field(data, "Notes"));
        Assert.Empty(_engine.Texts);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \u0000\t ")]
    public async Task Pledge_EmptyNameWithYear_AsksWhichCompanyInsteadOfListingTheYear(string name)
    {
        var data = await PostAsync(Pledge, (CompanyOption, String, name), (YearOption, Integer, 2025));

        Assert.Equal(CuratedKnowledge.Engine().Ask("?").Headline, Title(data));
        var query = Assert.Single(_engine.Queries);
        Assert.Empty(query.UnknownNames);
        Assert.Empty(query.Period.Years);
    }

    private Task<JsonElement> PostAsync(string command, params (string Name, int Type, object Value)[] options) => PostAsync(command, "en-US", options);

    private async Task<JsonElement> PostAsync(string command, string locale, params (string Name, int Type, object Value)[] options)
    {
        using var response = await _host.PostSignedAsync(CommandPayloads.Slash(command, locale: locale, options: options));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        var data = body.GetProperty("data");
        DiscordLimitsAssert.SafeMessage(data);
        return data;
    }

    private static void AssertNoFigureFor(string quoted, string text)
    {
        Assert.Contains("no figure", text, StringComparison.Ordinal);
        Assert.Contains(quoted, text, StringComparison.Ordinal);
    }

    private static string Title(JsonElement data) => data.GetProperty("embeds")[0].GetProperty("title").GetString()!;

    private static string Description(JsonElement data) => data.GetProperty("embeds")[0].GetProperty("description").GetString()!;

    private static string Fields(JsonElement embed) =>
        embed.TryGetProperty("fields", out var fields) ? string.Join('\n', fields.EnumerateArray().Select(f => f.GetRawText())) : "";

    private static string Field(JsonElement data, string name) =>
        data.GetProperty("embeds")[0].GetProperty("fields").EnumerateArray().First(f => f.GetProperty("name").GetString() == name).GetProperty("value").GetString()!;
}
