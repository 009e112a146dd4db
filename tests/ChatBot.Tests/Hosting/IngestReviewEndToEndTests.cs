using System.Globalization;
using System.Text;
using System.Text.Json;
using ChatBot.Discord.Http;
using ChatBot.Hosting;
using ChatBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Tests.Hosting;

/// <summary>
/// /ingest, the review buttons, /drafts and /knowledge stale in the real host on loopback: signed interactions in,
/// the attachment from a fake file server, the review message as a PATCH to a fake Discord REST API. Time is fake,
/// so the processor never defers on its own and a download timeout happens only when the test advances the clock.
/// </summary>
public sealed class IngestReviewEndToEndTests : IAsyncLifetime
{
    private const string Moderator = "32";
    private const string Member = "2147552256";
    private const string ApplicationId = "1234567890123456789";
    private const string SourceId = "zentauris-test";
    private const string Article = """
        Zentauris expands its AI data centres

        Zentauris AG plans to invest around 12 billion euros in AI data centres in fiscal year 2026.

        The chip group Zentauris also agreed a 4 billion dollar deal with Nordlicht Cloud in 2025.

        Zentauris will spend more than 2 billion euros on new chip factories in 2027.

        Analysts expect the European AI market to reach 60–65 billion euros by 2028.

        Zentauris said 30 percent of the budget goes to Bavaria.

        Nordlicht Cloud intends to raise 1.5 billion dollars for a new fund this year.
        """;

    private readonly TempDirectory _temp = new();
    private readonly DiscordRequestSigner _signer = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private string _folder = "";
    private FakeCdnServer _cdn = null!;
    private RecordingApiServer _discord = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private int _next;

    public async Task InitializeAsync()
    {
        _folder = _temp.CopyCuratedKnowledge();
        _cdn = await FakeCdnServer.StartAsync(Article.ReplaceLineEndings("\n"));
        _discord = await RecordingApiServer.StartAsync();
        var builder = ServeHost.CreateBuilder(_folder, "http://127.0.0.1:0", new Dictionary<string, string?>
        {
            ["DISCORD_PUBLIC_KEY"] = _signer.PublicKeyHex,
            ["DISCORD_APPLICATION_ID"] = ApplicationId,
            ["DISCORD_API_BASE_URL"] = _discord.ApiBaseUrl,
            ["CHATBOT_DATA_DIR"] = Path.Combine(_temp.Path, "data"),
            ["DiscordIngest:AttachmentHosts:0"] = "127.0.0.1",
        });
        builder.Services.AddSingleton<TimeProvider>(_time);
        _app = ServeHost.Build(builder);
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _discord.DisposeAsync();
        await _cdn.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Ingest_HonestAttachment_DefersEphemerallyThenEditsOriginalWithFirstReviewPage()
    {
        var url = _cdn.Url("/honest/article.txt?ex=6a1b&is=6a0a&hm=abc123");

        var (deferral, review) = await IngestAsync(Attachment(url, Encoding.UTF8.GetByteCount(_cdn.Article), "text/plain; charset=utf-8"));

        Assert.Equal(5, deferral.GetProperty("type").GetInt32());
        Assert.Equal(64, deferral.GetProperty("data").GetProperty("flags").GetInt32());
        var content = review.GetProperty("content").GetString()!;
        Assert.Contains("Draft created: 6 proposed figures", content, StringComparison.Ordinal);
        Assert.Contains($"**Draft `{SourceId}`** – Zentauris expands, 2026-02-01: 6 proposals open. Page 1 of 2", content, StringComparison.Ordinal);
        Assert.Contains("**1.** `zentauris-12bneur`: around €12 billion, fiscal year 2026 – zentauris, data_centers, confidence 0.70", content, StringComparison.Ordinal);
        Assert.Contains("> \"Zentauris AG plans to invest around 12 billion euros in AI data centres in fiscal year 2026.\"", content, StringComparison.Ordinal);
        var rows = review.GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal([$"{i + 1}: Approve", $"{i + 1}: Skip", $"{i + 1}: Edit"], Labels(rows[i]));
        }

        Assert.Equal(["Next ▶", "Approve all 6"], Labels(rows[4]));
        Assert.All(rows.SelectMany(r => r.GetProperty("components").EnumerateArray()), b => Assert.InRange(b.GetProperty("custom_id").GetString()!.Length, 1, 100));
        Assert.Equal(["/honest/article.txt?ex=6a1b&is=6a0a&hm=abc123"], _cdn.Requests);
        Assert.True(File.Exists(Path.Combine(_folder, "drafts", SourceId + ".yaml")));
        Assert.True(File.Exists(Path.Combine(_folder, "articles", SourceId + ".txt")));
    }

    [Theory]
    [InlineData("/lying/article.txt", 120L, "text/plain", "Not ingested: the download is larger than the 120 bytes the attachment declares. Nothing was written.", true)]
    [InlineData("/wrong/article.txt", 8L, "text/plain", "Not ingested: the attachment is image/png, not text or HTML. Nothing was written.", true)]
    [InlineData("/binary/article.txt", 10L, "text/plain", "Not ingested: the file is binary, not text or HTML. Nothing was written.", true)]
    [InlineData("/blank/article.txt", 4L, "text/plain", "Not ingested: the article is empty. Nothing was written.", true)]
    [InlineData("/nav/article.html", 83L, "text/html", "Not ingested: the page has no article text (only navigation, scripts or other boilerplate). Nothing was written.", true)]
    [InlineData("/missing/article.txt", 100L, "text/plain", "Not ingested: the attachment could not be downloaded (HTTP 404). Nothing was written.", true)]
    [InlineData("/honest/article.txt", 6_000_000L, "text/plain", "Not ingested: the attachment is 5.7 MB; the limit is 5 MB. Nothing was written.", false)]
    [InlineData("/honest/article.txt", 100L, "image/png", "Not ingested: the attachment is image/png, not text or HTML. Nothing was written.", false)]
    [InlineData("/honest/article.txt", 0L, "text/plain", "Not ingested: the attachment is empty. Nothing was written.", false)]
    public async Task Ingest_BadAttachment_OneLineErrorAndNothingWritten(string path, long declaredSize, string declaredType, string expected, bool fetched)
    {
        var before = Files();

        var (_, review) = await IngestAsync(Attachment(_cdn.Url(path), declaredSize, declaredType));

        Assert.Equal(expected, review.GetProperty("content").GetString());
        Assert.Empty(review.GetProperty("components").EnumerateArray());
        Assert.Equal(before, Files());
        Assert.Equal(fetched ? [path] : [], _cdn.Requests);
    }

    [Theory]
    [InlineData("/binary/article.txt", 10L, "text/plain", "Nicht eingelesen: die Datei ist binär, kein Text und kein HTML. Es wurde nichts geschrieben.")]
    [InlineData("/nav/article.html", 83L, "text/html", "Nicht eingelesen: die Seite enthält keinen Artikeltext (nur Navigation, Skripte oder anderes Beiwerk). Es wurde nichts geschrieben.")]
    public async Task Ingest_RefusedForAGermanModerator_ReasonFromTheIngestLibraryInGerman(string path, long declaredSize, string declaredType, string expected)
    {
        var before = Files();

        await Post(Command("ingest", Moderator, Attachment(_cdn.Url(path), declaredSize, declaredType), out var token, locale: "de"));
        var review = await EditOf(token);

        Assert.Equal(expected, review.GetProperty("content").GetString());
        Assert.Equal(before, Files());
    }

    [Fact]
    public async Task Ingest_AttachmentOnAnotherHost_RefusedWithoutAnyRequest()
    {
        var (_, review) = await IngestAsync(Attachment("https://files.example.invalid/article.txt", 100, "text/plain"));

        Assert.Equal("Not ingested: the attachment's address (files.example.invalid) is not Discord's file server. Nothing was written.", review.GetProperty("content").GetString());
        Assert.Empty(_cdn.Requests);
    }

    [Fact]
    public async Task Ingest_SlowAttachment_TimesOutWhenTheClockPassesTheLimit()
    {
        var before = Files();
        var deferral = await Post(Command("ingest", Moderator, Attachment(_cdn.Url("/slow/article.txt"), 100, "text/plain"), out var token));
        await _cdn.SlowRequested.WaitAsync(TimeSpan.FromSeconds(20));

        _time.Advance(TimeSpan.FromSeconds(21));
        var review = await EditOf(token);

        Assert.Equal(5, deferral.GetProperty("type").GetInt32());
        Assert.Equal("Not ingested: the attachment did not arrive within 20 s. Nothing was written.", review.GetProperty("content").GetString());
        Assert.Equal(before, Files());
    }

    [Fact]
    public async Task Ingest_Url_ReducesHtmlThroughTheUrlReader()
    {
        var (_, review) = await IngestAsync($$"""[{"name":"url","type":3,"value":"{{_cdn.Url("/page/article.html")}}"},{"name":"source_id","type":3,"value":"{{SourceId}}"}]""");

        Assert.Contains("6 proposals open", review.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Home | Tech", File.ReadAllText(Path.Combine(_folder, "articles", SourceId + ".txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_UrlRedirectingToAnotherHost_Refused()
    {
        var (_, review) = await IngestAsync($$"""[{"name":"url","type":3,"value":"{{_cdn.Url("/redirect/article.html")}}"}]""");

        Assert.StartsWith("Not ingested: ", review.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("redirects to another host (localhost)", review.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "drafts")));
    }

    [Fact]
    public async Task Ingest_ExistingSourceIdAndSameTextAgain_BothRefused()
    {
        var (_, existing) = await IngestAsync(HonestAttachment("boltwise-ki-infrastruktur-boom"));
        await IngestAsync(HonestAttachment(SourceId));
        var files = Files();

        var (_, again) = await IngestAsync(HonestAttachment("another-id"));

        Assert.Equal("Not ingested: source id 'boltwise-ki-infrastruktur-boom' already exists in the knowledge; choose another with --source-id. Nothing was written.", existing.GetProperty("content").GetString());
        Assert.StartsWith("Not ingested: this article text was already ingested: ", again.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(files, Files());
    }

    [Fact]
    public async Task Ingest_GermanLocale_RepliesInGerman()
    {
        var deferral = await Post(Command("ingest", Moderator, """[{"name":"published","type":3,"value":"gestern"},{"name":"url","type":3,"value":"https://example.invalid/a"}]""", out _, "de"));

        Assert.Equal("Nicht eingelesen: published muss ein Datum JJJJ-MM-TT sein, nicht „gestern“. Es wurde nichts geschrieben.", deferral.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task Ingest_NonModerator_RefusedBeforeAnyDownload()
    {
        var response = await Post(Command("ingest", Member, HonestAttachment(SourceId), out _));

        Assert.Equal("Only moderators may use this command.", response.GetProperty("data").GetProperty("content").GetString());
        Assert.Empty(_cdn.Requests);
    }

    [Fact]
    public async Task Review_NextSkipEditAndApproveAll_AuditedAndTheNextAskCitesTheNewSource()
    {
        var (_, first) = await IngestAsync(HonestAttachment(SourceId));

        var skipped = await Post(Click(Button(first, "3: Skip"), Moderator));
        var page2 = await Post(Click(Button(skipped.GetProperty("data"), "Next ▶"), Moderator));
        var modal = await Post(Click(Button(page2.GetProperty("data"), "5: Edit"), Moderator));
        var prefilled = Inputs(modal.GetProperty("data"));
        var edited = await Post(Interaction(5, Submitted(modal.GetProperty("data"), prefilled.ToDictionary(p => p.Key, p => SubjectZentauris(p.Value))), Moderator, out _));
        var all = await Post(Click(Button(edited.GetProperty("data"), "Approve all 4"), Moderator));
        var answer = await Post(Command("ask", Member, """[{"name":"question","type":3,"value":"How much does Zentauris invest in fiscal year 2026?"}]""", out _));
        var history = await Post(Command("fact", Moderator, """[{"name":"history","type":1,"options":[]}]""", out _));

        Assert.Equal(7, skipped.GetProperty("type").GetInt32());
        Assert.StartsWith("⏭ Skipped `unknown-2bneur`; it is no longer in the draft.\n\n**Draft `zentauris-test`** – Zentauris expands, 2026-02-01: 5 proposals open.", skipped.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, page2.GetProperty("type").GetInt32());
        Assert.Contains("Page 2 of 2\n\n**5.** `unknown-1-5bnusd`", page2.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(9, modal.GetProperty("type").GetInt32());
        Assert.Contains(prefilled.Values, v => v.Contains("Nordlicht Cloud intends to raise 1.5 billion dollars for a new fund this year.", StringComparison.Ordinal));
        Assert.Equal(7, edited.GetProperty("type").GetInt32());
        Assert.StartsWith("✅ Approved `unknown-1-5bnusd`", edited.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, all.GetProperty("type").GetInt32());
        Assert.Contains("Review of `zentauris-test` finished: no proposals left.", all.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(all.GetProperty("data").GetProperty("components").EnumerateArray());
        var embed = answer.GetProperty("data").GetProperty("embeds")[0];
        Assert.Contains("**around €12 billion** (fiscal year 2026)", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("**$1.5 billion** (2026) – Zentauris: $1.5 billion", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("[1] “Zentauris expands” – publisher not stated", embed.GetProperty("fields")[0].GetProperty("value").GetString());
        var changes = history.GetProperty("data").GetProperty("content").GetString()!;
        Assert.Contains("zentauris-12bneur", changes, StringComparison.Ordinal);
        Assert.Contains("Nelly", changes, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "drafts", SourceId + ".yaml")));
        Assert.DoesNotContain("unknown-2bneur", File.ReadAllText(Path.Combine(_folder, "sources", SourceId + ".yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_ApproveAllWithAProposalWithoutSubject_RefusedWholeAndNothingWritten()
    {
        var (_, review) = await IngestAsync(HonestAttachment(SourceId));
        var files = Files();

        var all = await Post(Click(Button(review, "Approve all 6"), Moderator));

        var content = all.GetProperty("data").GetProperty("content").GetString()!;
        Assert.StartsWith("⚠ Not approved: fact 'unknown-2bneur': ", content, StringComparison.Ordinal);
        Assert.Contains("6 proposals open", content, StringComparison.Ordinal);
        Assert.Equal(5, all.GetProperty("data").GetProperty("components").GetArrayLength());
        Assert.Equal(files, Files());
    }

    [Fact]
    public async Task Review_NonModeratorClicks_RefusedAndDraftUnchanged()
    {
        var (_, review) = await IngestAsync(HonestAttachment(SourceId));
        var draft = File.ReadAllText(Path.Combine(_folder, "drafts", SourceId + ".yaml"));

        var approve = await Post(Click(Button(review, "1: Approve"), Member));
        var all = await Post(Click(Button(review, "Approve all 6"), Member));
        var submit = await Post(Submit($"ingest-m:{SourceId}:zentauris-12bneur", "id: x", Member));

        Assert.All([approve, all, submit], r => Assert.Equal("Only moderators may use this command.", r.GetProperty("data").GetProperty("content").GetString()));
        Assert.Equal(draft, File.ReadAllText(Path.Combine(_folder, "drafts", SourceId + ".yaml")));
        Assert.False(File.Exists(Path.Combine(_folder, "sources", SourceId + ".yaml")));
    }

    [Theory]
    [InlineData("ingest-a:zentauris-test:../../subjects")]
    [InlineData("ingest-a:../zentauris-test:zentauris-12bneur")]
    [InlineData("ingest-x:zentauris-test:zentauris-12bneur")]
    [InlineData("ingest-a:zentauris-test:zentauris-12bneur:extra")]
    [InlineData("ingest-all:zentauris-test:-1")]
    public async Task Review_ForgedCustomId_RefusedAndNothingWritten(string customId)
    {
        await IngestAsync(HonestAttachment(SourceId));
        var files = Files();

        var response = await Post(Click(customId, Moderator));

        Assert.Equal(4, response.GetProperty("type").GetInt32());
        Assert.Equal("This button is not valid (anymore).", response.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(files, Files());
    }

    [Fact]
    public async Task Review_ButtonOfAFactNotInTheDraft_ShowsTheDraftAgainAndWritesNothing()
    {
        await IngestAsync(HonestAttachment(SourceId));

        var response = await Post(Click($"ingest-a:{SourceId}:nvidia-capex-2025", Moderator));

        Assert.StartsWith("This button is not valid (anymore).\n\n**Draft `zentauris-test`**", response.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "sources", SourceId + ".yaml")));
    }

    [Fact]
    public async Task Review_DraftEditedIntoInvalidYaml_OneLineErrorAndNothingApproved()
    {
        var (_, review) = await IngestAsync(HonestAttachment(SourceId));
        File.WriteAllText(Path.Combine(_folder, "drafts", SourceId + ".yaml"), "sources:\n  - id: [unclosed\nfacts: {\n");

        var response = await Post(Click(Button(review, "1: Approve"), Moderator));
        var drafts = await Post(Command("drafts", Moderator, "[]", out _));

        Assert.Equal(7, response.GetProperty("type").GetInt32());
        Assert.StartsWith("This draft cannot be reviewed: the draft knowledge/drafts/zentauris-test.yaml is not valid: ", response.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(response.GetProperty("data").GetProperty("components").EnumerateArray());
        Assert.False(File.Exists(Path.Combine(_folder, "sources", SourceId + ".yaml")));
        Assert.Contains("• `zentauris-test`: not valid (", drafts.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_ListsSuggestsAndOpensAReview()
    {
        await IngestAsync(HonestAttachment(SourceId));

        var list = await Post(Command("drafts", Moderator, "[]", out _));
        var suggestions = await Post(Interaction(4, """{"id":"1","name":"drafts","type":1,"options":[{"name":"source_id","type":3,"value":"zent","focused":true}]}""", Moderator, out _));
        var open = await Post(Command("drafts", Moderator, $$"""[{"name":"source_id","type":3,"value":"{{SourceId}}"}]""", out _));

        Assert.Equal("1 draft awaiting review (open one with /drafts source_id):\n• `zentauris-test` – Zentauris expands: 6 proposals", list.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(SourceId, suggestions.GetProperty("data").GetProperty("choices")[0].GetProperty("value").GetString());
        Assert.Equal(64, open.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(5, open.GetProperty("data").GetProperty("components").GetArrayLength());
    }

    [Fact]
    public async Task KnowledgeStale_ThresholdAroundAnApprovedSourcesAge_CountsItOnlyBelowItsAge()
    {
        var (_, review) = await IngestAsync(HonestAttachment(SourceId));
        await Post(Click(Button(review, "1: Approve"), Moderator));

        var younger = await Post(Command("knowledge", Moderator, """[{"name":"stale","type":1,"options":[{"name":"older_than_days","type":4,"value":300}]}]""", out _));
        var older = await Post(Command("knowledge", Moderator, """[{"name":"stale","type":1,"options":[{"name":"older_than_days","type":4,"value":400}]}]""", out _));

        // Published 2026-02-01, today 2026-11-30: 302 days. The curated sources are undated, so always listed.
        Assert.StartsWith("38 of 38 facts come from sources older than 300 days or undated:\n• `", younger.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("37 of 38 facts come from sources older than 400 days or undated:\n", older.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("• `amazon-capex-2025` (frankreich-ki-us-techriesen): undated", older.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    // The /fact form's fields belong to the /fact commands: the test reads whatever text inputs it has and sends them
    // back, changed only where a value names the proposal's missing subject.
    private static Dictionary<string, string> Inputs(JsonElement modal) =>
        modal.GetProperty("components").EnumerateArray()
            .SelectMany(c => c.TryGetProperty("component", out var child) ? [child] : c.TryGetProperty("components", out var row) ? row.EnumerateArray().ToArray() : [])
            .Where(c => c.GetProperty("type").GetInt32() == 4)
            .ToDictionary(c => c.GetProperty("custom_id").GetString()!, c => c.TryGetProperty("value", out var v) ? v.GetString() ?? "" : "");

    private static string Submitted(JsonElement modal, Dictionary<string, string> values) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["custom_id"] = modal.GetProperty("custom_id").GetString()!,
        ["components"] = values.Select((p, i) => new Dictionary<string, object>
        {
            ["type"] = 18, ["id"] = (2 * i) + 1,
            ["component"] = new Dictionary<string, object> { ["type"] = 4, ["id"] = (2 * i) + 2, ["custom_id"] = p.Key, ["value"] = p.Value },
        }).ToList(),
    });

    private static string SubjectZentauris(string value) => value == "unknown"
        ? "zentauris"
        : value.Replace("subject: unknown", "subject: zentauris", StringComparison.Ordinal).Replace("\"unknown:", "\"Zentauris:", StringComparison.Ordinal).Replace("unknown:", "Zentauris:", StringComparison.Ordinal);

    private static string[] Labels(JsonElement row) => [.. row.GetProperty("components").EnumerateArray().Select(b => b.GetProperty("label").GetString()!)];

    private static string Button(JsonElement message, string label) =>
        message.GetProperty("components").EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray())
            .First(b => b.GetProperty("label").GetString() == label).GetProperty("custom_id").GetString()!;

    private string[] Files() =>
        [.. Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Select(f => Path.GetRelativePath(_folder, f) + "\n" + File.ReadAllText(f)).Order(StringComparer.Ordinal)];

    private string HonestAttachment(string sourceId) =>
        Attachment(_cdn.Url("/honest/article.txt"), Encoding.UTF8.GetByteCount(_cdn.Article), "text/plain; charset=utf-8", sourceId);

    private static string Attachment(string url, long size, string type, string sourceId = SourceId) => $$"""
        [{"name":"file","type":11,"value":"1111"},{"name":"source_id","type":3,"value":"{{sourceId}}"},
         {"name":"title","type":3,"value":"Zentauris expands"},{"name":"published","type":3,"value":"2026-02-01"}]
        """ + $$"""
        ##{"attachments":{"1111":{"id":"1111","filename":"article.txt","size":{{size}},"content_type":"{{type}}","url":{{JsonSerializer.Serialize(url)}}
        """ + "}}}";

    // The options and the resolved data travel together; "##" separates them in the helpers' string.
    private async Task<(JsonElement Deferral, JsonElement Review)> IngestAsync(string options)
    {
        var deferral = await Post(Command("ingest", Moderator, options, out var token));
        return (deferral, await EditOf(token));
    }

    private async Task<JsonElement> EditOf(string token)
    {
        var path = $"/api/v10/webhooks/{ApplicationId}/{token}/messages/@original";
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_discord.Requests.FirstOrDefault(r => r.Method == "PATCH" && r.Path == path) is { Body: { } body })
            {
                return JsonDocument.Parse(body).RootElement;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No edit of the original response for {token}.");
    }

    private string Command(string name, string permissions, string options, out string token, string locale = "en-US")
    {
        var parts = options.Split("##");
        var resolved = parts.Length > 1 ? $",\"resolved\":{parts[1].Trim()}" : "";
        return Interaction(2, $$"""{"id":"1170000000000000001","name":"{{name}}","type":1,"options":{{parts[0].Trim()}}{{resolved}}}""", permissions, out token, locale);
    }

    private string Click(string customId, string permissions) =>
        Interaction(3, $$"""{"custom_id":{{JsonSerializer.Serialize(customId)}},"component_type":2}""", permissions, out _);

    private string Submit(string customId, string yaml, string permissions) => Interaction(5,
        $$$"""{"custom_id":{{{JsonSerializer.Serialize(customId)}}},"components":[{"type":18,"id":1,"component":{"type":4,"id":2,"custom_id":"yaml","value":{{{JsonSerializer.Serialize(yaml)}}}}}]}""",
        permissions, out _);

    private string Interaction(int type, string data, string permissions, out string token, string locale = "en-US")
    {
        var n = Interlocked.Increment(ref _next);
        token = $"token-{n}";
        return $$"""
            {"id":"{{1180000000000001000 + n}}","application_id":"{{ApplicationId}}","type":{{type}},"data":{{data}},
             "guild_id":"1100000000000000001","channel_id":"1100000000000000002",
             "member":{"user":{"id":"1100000000000000555","username":"nelly","global_name":"Nelly"},"roles":[],"permissions":"{{permissions}}","nick":null},
             "message":{"id":"1190000000000000001","channel_id":"1100000000000000002","content":""},
             "token":"{{token}}","version":1,"locale":"{{locale}}"}
            """;
    }

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
