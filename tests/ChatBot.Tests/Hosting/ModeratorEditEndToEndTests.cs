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
        }));
        await _app.StartAsync();
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
        var yaml = modal.GetProperty("components")[0].GetProperty("component").GetProperty("value").GetString()!
            .Replace("value: 100,", "value: 123,", StringComparison.Ordinal).Replace("über 100 Mrd.", "über 123 Mrd.", StringComparison.Ordinal)
            .Replace("than $100 billion", "than $123 billion", StringComparison.Ordinal).Replace("über 100 Milliarden", "über 123 Milliarden", StringComparison.Ordinal);
        var preview = await Post(Submit(modal.GetProperty("custom_id").GetString()!, yaml, Moderator));
        var confirm = preview.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;

        var saved = await Post(Button(confirm, Moderator));
        var answer = await Post(Command("ask", Member, """[{"name":"question","type":3,"value":"How much does Amazon invest in 2025?"}]"""));
        var history = await Post(Command("fact", Moderator, """[{"name":"history","type":1,"options":[{"name":"id","type":3,"value":"amazon-capex-2025"}]}]"""));

        Assert.StartsWith("Changed fact `amazon-capex-2025`: change #1", saved.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("$123 billion", answer.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("value: 123,", File.ReadAllText(_file), StringComparison.Ordinal);
        Assert.StartsWith("#1 ", history.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonModerator_FormSubmitAndButton_ChangeNothing()
    {
        var before = File.ReadAllBytes(_file);

        var command = await Post(Command("fact", Member, """[{"name":"remove","type":1,"options":[{"name":"id","type":3,"value":"amazon-capex-2025"}]}]"""));
        var submit = await Post(Submit("fact-modal:add", "id: x", Member));
        var button = await Post(Button("fact-undo:1", Member));

        Assert.All([command, submit, button], r => Assert.Equal("Only moderators may use this command.", r.GetProperty("data").GetProperty("content").GetString()));
        Assert.Equal(before, File.ReadAllBytes(_file));
    }

    private string Command(string name, string permissions, string options) =>
        Interaction(2, $$"""{"id":"1170000000000000001","name":"{{name}}","type":1,"options":{{options}}}""", permissions);

    private string Submit(string customId, string yaml, string permissions) => Interaction(5,
        $$$"""{"custom_id":{{{JsonSerializer.Serialize(customId)}}},"components":[{"type":18,"id":1,"component":{"type":4,"id":2,"custom_id":"yaml","value":{{{JsonSerializer.Serialize(yaml)}}}}}]}""",
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
