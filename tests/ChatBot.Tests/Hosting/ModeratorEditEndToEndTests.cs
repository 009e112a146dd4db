using System.Globalization;
using System.Text;
using System.Text.Json;
using ChatBot.Discord.Http;
using ChatBot.Hosting;
using ChatBot.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace ChatBot.Tests.Hosting;

/// <summary>
/// The whole moderator path in the real host on loopback: a signed /fact edit opens the form, the submit is
/// previewed, Confirm writes the file, and the next /ask shows the new figure; a non-moderator changes nothing.
/// </summary>
public sealed class ModeratorEditEndToEndTests : IAsyncLifetime
{
    private const string Moderator = "32";
    private const string Member = "2147552256";
    private readonly TempDirectory _temp = new();
    private readonly DiscordRequestSigner _signer = new();
    private string _file = "";
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private int _next;

    public async Task InitializeAsync()
    {
        var folder = _temp.CopyCuratedKnowledge();
        _file = Path.Combine(folder, "sources", "frankreich-ki-us-techriesen.yaml");
        _app = ServeHost.Build(ServeHost.CreateBuilder(folder, "http://127.0.0.1:0", new Dictionary<string, string?>
        {
            ["DISCORD_PUBLIC_KEY"] = _signer.PublicKeyHex,
            ["DISCORD_APPLICATION_ID"] = "1234567890123456789",
            ["CHATBOT_DATA_DIR"] = Path.Combine(_temp.Path, "data"),
            ["CHATBOT_ARTICLES_PATH"] = Path.Combine(RepositoryFiles.CuratedKnowledge, "articles"),
        }));
        await _app.StartAsync();
        // A moderator types for seconds while opening a form warms the scanners; a test submits at once, so it warms them first.
        Core.Ingest.FigureScanner.ParseAmount("80 Mrd. US-Dollar", Core.Knowledge.Language.German);
        Core.Ingest.PeriodScanner.ParsePeriod("2025");
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task FixFigureInForm_Confirmed_NextAskShowsItAndHistoryHasIt()
    {
        var form = await Post(Command("fact", Moderator, """[{"name":"edit","type":1,"options":[{"name":"id","type":3,"value":"amazon-capex-2025"}]}]"""));
        var modal = form.GetProperty("data");
        var values = Inputs(modal);
        values["amount"] = "83 Milliarden Dollar";
        values["statements"] = "";
        var preview = await Post(Submit(modal.GetProperty("custom_id").GetString()!, values, Moderator));
        var confirm = preview.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;

        var saved = await Post(Button(confirm, Moderator));
        var answer = await Post(Command("ask", Member, """[{"name":"question","type":3,"value":"How much does Amazon invest in 2025?"}]"""));
        var history = await Post(Command("fact", Moderator, """[{"name":"history","type":1,"options":[{"name":"id","type":3,"value":"amazon-capex-2025"}]}]"""));

        Assert.Contains("No English statement given; the bot will say: \"Amazon: $83 billion (2025).\"", preview.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Changed fact `amazon-capex-2025`: change #1", saved.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("$83 billion", answer.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("amount: { value: 83, currency: USD, scale: billion }\n    period: { year: 2025 }", File.ReadAllText(_file), StringComparison.Ordinal);
        Assert.StartsWith("#1 ", history.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddThroughForm_Confirmed_InsertsOnlyTheNewBlock()
    {
        var before = File.ReadAllText(_file);
        var form = await Post(Command("fact", Moderator, """[{"name":"add","type":1,"options":[{"name":"source","type":3,"value":"frankreich-ki-us-techriesen"},{"name":"kind","type":3,"value":"capex"},{"name":"id","type":3,"value":"amazon-capex-2024-form"}]}]"""));
        var values = NewFact();
        var preview = await Post(Submit(form.GetProperty("data").GetProperty("custom_id").GetString()!, values, Moderator));
        var confirm = preview.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;

        var saved = await Post(Button(confirm, Moderator));

        Assert.StartsWith("Added fact `amazon-capex-2024-form`", saved.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        var after = File.ReadAllText(_file);
        var prefix = before.TrimEnd('\n');
        Assert.StartsWith(prefix, after, StringComparison.Ordinal);
        Assert.Contains("  - id: amazon-capex-2024-form\n    subject: amazon\n    kind: capex\n", after[prefix.Length..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("amount", "über 777 Mrd. Dollar", "does not state the figure 777")]
    [InlineData("subject", "nobody", "there is no subject")]
    [InlineData("amount", "viel Geld", "is not one amount")]
    [InlineData("period", "irgendwann", "is not a period")]
    [InlineData("quote", "Amazon plant 2024 Investitionen von 83 Milliarden Dollar.", "the quote is not verbatim in")]
    [InlineData("quote", "Amazon: 83 Milliarden Dollar\": #\n- id: injected", "the quote is not verbatim in")]
    [InlineData("quote", "Amazon \u001b[31m 83 Milliarden Dollar", "control character (U+001B)")]
    public async Task AddThroughForm_BadInput_IsRefusedPreciselyAndTheFileStaysByteIdentical(string field, string value, string expected)
    {
        var before = File.ReadAllBytes(_file);
        var form = await Post(Command("fact", Moderator, """[{"name":"add","type":1,"options":[{"name":"source","type":3,"value":"frankreich-ki-us-techriesen"},{"name":"kind","type":3,"value":"capex"}]}]"""));
        var values = NewFact();
        values[field] = value;

        var response = await Post(Submit(form.GetProperty("data").GetProperty("custom_id").GetString()!, values, Moderator));

        Assert.Contains(expected, response.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, response.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(before, File.ReadAllBytes(_file));
    }

    [Fact]
    public async Task AddThroughForm_QuoteOf4000Characters_IsRefusedAndTheFileStaysByteIdentical()
    {
        var before = File.ReadAllBytes(_file);
        var form = await Post(Command("fact", Moderator, """[{"name":"add","type":1,"options":[{"name":"source","type":3,"value":"frankreich-ki-us-techriesen"},{"name":"kind","type":3,"value":"capex"}]}]"""));
        var values = NewFact();
        values["quote"] = "83 Milliarden Dollar " + new string('x', 4000);

        var response = await Post(Submit(form.GetProperty("data").GetProperty("custom_id").GetString()!, values, Moderator));

        Assert.Contains("is longer than 4000 characters", response.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_file));
    }

    [Fact]
    public async Task NonModerator_FormSubmitAndButton_ChangeNothing()
    {
        var before = File.ReadAllBytes(_file);
        var form = await Post(Command("fact", Moderator, """[{"name":"add","type":1,"options":[{"name":"source","type":3,"value":"frankreich-ki-us-techriesen"},{"name":"kind","type":3,"value":"capex"}]}]"""));

        var command = await Post(Command("fact", Member, """[{"name":"remove","type":1,"options":[{"name":"id","type":3,"value":"amazon-capex-2025"}]}]"""));
        var submit = await Post(Submit(form.GetProperty("data").GetProperty("custom_id").GetString()!, NewFact(), Member));
        var button = await Post(Button("fact-undo:1", Member));

        Assert.All([command, submit, button], r => Assert.Equal("Only moderators may use this command.", r.GetProperty("data").GetProperty("content").GetString()));
        Assert.Equal(before, File.ReadAllBytes(_file));
    }

    private static Dictionary<string, string> NewFact() => new()
    {
        ["subject"] = "Amazon",
        ["amount"] = "83 Milliarden Dollar",
        ["period"] = "2024",
        ["quote"] = "Dennoch halten die Tech-Konzerne an ihren Plänen fest: Amazon plant 2025 Investitionen von über 100 Milliarden Dollar, im Vorjahr waren es noch 83 Milliarden Dollar.",
        ["statements"] = "de: Amazon investierte 2024 83 Mrd. US-Dollar.\nen: Amazon invested $83 billion in 2024.",
    };

    private static Dictionary<string, string> Inputs(JsonElement modal) => modal.GetProperty("components").EnumerateArray()
        .Select(label => label.GetProperty("component"))
        .ToDictionary(input => input.GetProperty("custom_id").GetString()!, input => input.TryGetProperty("value", out var v) ? v.GetString() ?? "" : "");

    private string Command(string name, string permissions, string options) =>
        Interaction(2, $$"""{"id":"1170000000000000001","name":"{{name}}","type":1,"options":{{options}}}""", permissions);

    private string Submit(string customId, IReadOnlyDictionary<string, string> values, string permissions) => Interaction(5,
        $$$"""{"custom_id":{{{JsonSerializer.Serialize(customId)}}},"components":[{{{string.Join(',', values.Select((v, i) =>
            $$$$"""{"type":18,"id":{{{{i * 2 + 1}}}},"component":{"type":4,"id":{{{{i * 2 + 2}}}},"custom_id":{{{{JsonSerializer.Serialize(v.Key)}}}},"value":{{{{JsonSerializer.Serialize(v.Value)}}}}}}"""))}}}]}""",
        permissions);

    private string Button(string customId, string permissions) =>
        Interaction(3, $$"""{"custom_id":{{JsonSerializer.Serialize(customId)}},"component_type":2}""", permissions);

    private string Interaction(int type, string data, string permissions) => $$"""
        {"id":"{{1180000000000001000 + Interlocked.Increment(ref _next)}}","application_id":"1234567890123456789","type":{{type}},"data":{{data}},
         "guild_id":"1100000000000000001","channel_id":"1100000000000000002",
         "member":{"user":{"id":"1100000000000000555","username":"nelly","global_name":"Nelly"},"roles":[],"permissions":"{{permissions}}","nick":null},
         "token":"token","version":1,"locale":"en-US"}
        """;

    private async Task<JsonElement> Post(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, DiscordInteractionEndpoints.Route)
        {
            Content = new ByteArrayContent(bytes) { Headers = { ContentType = new("application/json") } },
        };
        request.Headers.TryAddWithoutValidation(DiscordInteractionEndpoints.SignatureHeader, _signer.Sign(timestamp, bytes));
        request.Headers.TryAddWithoutValidation(DiscordInteractionEndpoints.TimestampHeader, timestamp);
        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement;
    }
}
