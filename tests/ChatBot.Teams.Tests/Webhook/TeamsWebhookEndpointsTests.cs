using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatBot.Teams.Tests.Webhook;

public sealed class TeamsWebhookEndpointsTests : IAsyncLifetime
{
    private WebhookHost _host = null!;

    public async Task InitializeAsync() => _host = await WebhookHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_SignedQuestion_RepliesWithCardAndFallback()
    {
        using var request = WebhookSigner.Request(_host.Webhook, WebhookSigner.Message("<at>ChatBot</at>&nbsp;How much does Microsoft invest in AI?"));

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Contains("Microsoft", (string?)reply["summary"], StringComparison.Ordinal);
        var attachment = reply["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("1.2", (string?)attachment["content"]!["version"]);
        Assert.StartsWith("Microsoft", (string?)attachment["content"]!["body"]![0]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_GermanLocale_AnswersInGerman()
    {
        using var request = WebhookSigner.Request(_host.Webhook, WebhookSigner.Message("<at>ChatBot</at> pledge microsoft", "de-DE"));

        using var response = await _host.Client.SendAsync(request);

        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("Zahlen", (string?)reply["attachments"]![0]!["content"]!["body"]![0]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TamperedBody_Returns401()
    {
        using var request = WebhookSigner.Request(_host.Webhook, WebhookSigner.Message("pledge meta"));
        request.Content = new StringContent(WebhookSigner.Message("pledge amazon"), Encoding.UTF8, "application/json");

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Post_SignedWithWrongSecret_Returns401()
    {
        using var request = WebhookSigner.Request(_host.Webhook, WebhookSigner.Message("pledge meta"), Convert.ToBase64String(new byte[32]));

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_MissingHeader_Returns401()
    {
        using var request = WebhookSigner.Request(_host.Webhook, WebhookSigner.Message("pledge meta"));
        request.Headers.Authorization = null;

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("HMAC", "%%%not-base64%%%")]
    [InlineData("Bearer", null)]
    [InlineData("Basic", null)]
    public async Task Post_MalformedOrWrongScheme_Returns401(string scheme, string? value)
    {
        using var request = WebhookSigner.Request(_host.Webhook, WebhookSigner.Message("pledge meta"));
        var signature = value ?? request.Headers.GetValues("Authorization").Single()["HMAC ".Length..];
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", $"{scheme} {signature}");

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("{\"type\":5}")]
    public async Task Post_SignedMalformedJson_Returns400(string body)
    {
        using var request = WebhookSigner.Request(_host.Webhook, body);

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Returns413WithoutAnswering()
    {
        using var request = WebhookSigner.Request(_host.Webhook, WebhookSigner.Message(new string('a', 300 * 1024)));

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_QuestionOverGuardLength_RepliesWithPlainRefusal()
    {
        using var request = WebhookSigner.Request(_host.Webhook, WebhookSigner.Message("<at>ChatBot</at> " + new string('a', 1200)));

        using var response = await _host.Client.SendAsync(request);

        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("too long", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Null(reply["attachments"]);
    }

    [Fact]
    public async Task Post_Unconfigured_Returns404()
    {
        await using var host = await WebhookHost.StartAsync(new Dictionary<string, string?>());
        using var request = WebhookSigner.Request(host.Webhook, WebhookSigner.Message("pledge meta"));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
