using System.Net;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Teams.Tests.BotFramework;

public sealed class BotMessagesEndpointsTests : IAsyncLifetime
{
    private FakeMicrosoftCloud _cloud = null!;
    private BotHost _host = null!;
    private TestSigningKey _key = null!;

    private DateTimeOffset Now => _host.Time.GetUtcNow();

    public async Task InitializeAsync()
    {
        _cloud = await FakeMicrosoftCloud.StartAsync();
        _key = new TestSigningKey("key-1", "msteams");
        _cloud.Keys.Add(_key);
        _host = await BotHost.StartAsync(_cloud);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _cloud.DisposeAsync();
    }

    [Fact]
    public async Task Post_ValidMessage_AcknowledgesThenTypesAndRepliesInThread()
    {
        using var response = await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "<at>ChatBot</at> pledge microsoft"), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _cloud.ConnectorReceivedAsync(2);
        var (typing, reply) = (_cloud.ConnectorRequests[0], _cloud.ConnectorRequests[1]);
        var conversation = Uri.EscapeDataString(BotActivities.ConversationId);
        Assert.Equal($"/amer/v3/conversations/{conversation}/activities", typing.Path);
        Assert.Equal("typing", (string?)JsonNode.Parse(typing.Body)!["type"]);
        Assert.Equal($"/amer/v3/conversations/{conversation}/activities/{BotActivities.ActivityId}", reply.Path);
        Assert.Equal("Bearer connector-token-1", reply.Authorization);
        var body = JsonNode.Parse(reply.Body)!;
        Assert.Equal(BotActivities.ActivityId, (string?)body["replyToId"]);
        Assert.Equal(BotActivities.BotId, (string?)body["from"]!["id"]);
        Assert.Equal("29:user", (string?)body["recipient"]!["id"]);
        Assert.StartsWith("Microsoft", (string?)body["attachments"]![0]!["content"]!["body"]![0]!["text"], StringComparison.Ordinal);
        Assert.Equal(TestTokens.AppId, _cloud.LastTokenForm!["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", _cloud.LastTokenForm["scope"]);
        Assert.Equal("client_credentials", _cloud.LastTokenForm["grant_type"]);
    }

    [Fact]
    public async Task Post_TwoMessages_ReuseTheCachedConnectorToken()
    {
        await (await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "top 2025", id: "1"), Token())).Content.ReadAsStringAsync();
        await _cloud.ConnectorReceivedAsync(2);
        await (await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "help", id: "2"), Token())).Content.ReadAsStringAsync();
        await _cloud.ConnectorReceivedAsync(4);

        Assert.Equal(1, _cloud.TokenRequests);
    }

    [Fact]
    public async Task Post_SameActivityTwice_AnswersOnce()
    {
        var message = BotActivities.Message(_cloud.ServiceUrl, "sources");
        using var first = await _host.PostAsync(message, Token());
        using var second = await _host.PostAsync(message, Token());
        await _cloud.ConnectorReceivedAsync(2);
        using var third = await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "help", id: "other"), Token());
        await _cloud.ConnectorReceivedAsync(4);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(4, _cloud.ConnectorRequests.Count);
    }

    [Fact]
    public async Task Post_ConnectorRefusesAReply_LaterMessagesStillAnswered()
    {
        _cloud.ScriptConnector(new ScriptedResponse(401), new ScriptedResponse(401, Body: "{\"message\":\"Authorization has been denied for this request.\"}"));
        using var first = await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "help", id: "1"), Token());
        await _cloud.ConnectorReceivedAsync(2);

        using var second = await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "sources", id: "2"), Token());
        await _cloud.ConnectorReceivedAsync(4);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.EndsWith("/activities/2", _cloud.ConnectorRequests[3].Path, StringComparison.Ordinal);
        Assert.Equal(4, _cloud.ConnectorRequests.Count);
    }

    [Fact]
    public async Task Post_ExpiredWithinSkew_Accepted()
    {
        using var response = await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "help"), Token(expiresIn: TimeSpan.FromMinutes(-4)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> RefusedTokens => new()
    {
        "missing", "expired", "not-yet-valid", "wrong-audience", "wrong-issuer", "bad-signature", "alg-none", "rs384", "emulator", "garbage",
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Post_InvalidToken_Returns401AndAnswersNothing(string kind)
    {
        using var other = new TestSigningKey("key-1");
        var token = kind switch
        {
            "missing" => null,
            "expired" => Token(expiresIn: TimeSpan.FromMinutes(-6)),
            "not-yet-valid" => Token(notBeforeIn: TimeSpan.FromMinutes(6)),
            "wrong-audience" => TestTokens.Create(_key, _cloud.ServiceUrl, Now, audience: "99999999-2222-3333-4444-555555555555"),
            "wrong-issuer" => TestTokens.Create(_key, _cloud.ServiceUrl, Now, issuer: "https://evil.example"),
            "bad-signature" => TestTokens.WithForeignSignature(Token(), TestTokens.Create(other, _cloud.ServiceUrl, Now)),
            "alg-none" => TestTokens.Unsigned(_cloud.ServiceUrl, Now),
            "rs384" => TestTokens.Create(_key, _cloud.ServiceUrl, Now, algorithm: SecurityAlgorithms.RsaSha384),
            "emulator" => TestTokens.Create(_key, _cloud.ServiceUrl, Now, issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"),
            _ => "not.a.jwt",
        };

        using var response = await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "pledge meta"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_cloud.ConnectorRequests);
        Assert.Equal(0, _cloud.TokenRequests);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimDiffersFromActivity_Returns401()
    {
        var token = TestTokens.Create(_key, "https://smba.trafficmanager.net/amer/", Now);

        using var response = await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "pledge meta"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_cloud.ConnectorRequests);
    }

    [Fact]
    public async Task Post_KeyNotEndorsedForTeams_Returns401()
    {
        using var skypeOnly = new TestSigningKey("key-skype", "skype");
        _cloud.Keys.Add(skypeOnly);

        using var response = await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "help"), TestTokens.Create(skypeOnly, _cloud.ServiceUrl, Now));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        _cloud.Keys.Remove(skypeOnly);
    }

    [Fact]
    public async Task Post_UnknownKeyId_RefreshesMetadataOnceThenRefuses()
    {
        using var warmUp = await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "help"), Token());
        var before = _cloud.MetadataRequests;
        using var unknown = new TestSigningKey("key-unknown", "msteams");

        using var first = await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "help", id: "u1"), TestTokens.Create(unknown, _cloud.ServiceUrl, Now));
        var afterFirst = _cloud.MetadataRequests;
        using var second = await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "help", id: "u2"), TestTokens.Create(unknown, _cloud.ServiceUrl, Now));

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(before + 1, afterFirst);
        Assert.Equal(afterFirst, _cloud.MetadataRequests);
    }

    [Fact]
    public async Task Post_RotatedKey_AcceptedAfterRefresh()
    {
        using var warmUp = await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "help"), Token());
        var rotated = new TestSigningKey("key-2", "msteams");
        _cloud.Keys.Add(rotated);

        using var response = await _host.PostAsync(BotActivities.Message(_cloud.ServiceUrl, "help", id: "r1"), TestTokens.Create(rotated, _cloud.ServiceUrl, Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_ValidTokenMalformedJson_Returns400()
    {
        using var response = await _host.PostAsync("{not json", Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BotAddedToConversation_SendsOneGermanWelcome()
    {
        using var response = await _host.PostAsync(BotActivities.BotAdded(_cloud.ServiceUrl), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _cloud.ConnectorReceivedAsync(1);
        var welcome = _cloud.ConnectorRequests.Single();
        Assert.Equal("/amer/v3/conversations/a%3Apersonal/activities", welcome.Path);
        Assert.Contains("So kannst du mich fragen", welcome.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("installationUpdate")]
    [InlineData("typing")]
    public async Task Post_OtherActivity_Returns200AndIgnoresIt(string type)
    {
        using var response = await _host.PostAsync(BotActivities.Other(_cloud.ServiceUrl, type), Token());
        using var userAdded = await _host.PostAsync(BotActivities.BotAdded(_cloud.ServiceUrl, memberId: "29:someone"), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, userAdded.StatusCode);
        Assert.Empty(_cloud.ConnectorRequests);
    }

    [Fact]
    public async Task Post_QuotesInvoke_AcknowledgesAndSendsVerbatimQuotes()
    {
        var fact = CuratedKnowledge.Current.Facts[0];

        using var response = await _host.PostAsync(BotActivities.QuotesInvoke(_cloud.ServiceUrl, fact.Id), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, (int?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["statusCode"]);
        await _cloud.ConnectorReceivedAsync(1);
        var card = JsonNode.Parse(_cloud.ConnectorRequests.Single().Body)!["attachments"]![0]!["content"]!;
        Assert.Contains(CardAssert.Texts(card), t => t.Contains(fact.Quote, StringComparison.Ordinal));
        CardAssert.UsesOnlyVersion12(card);
    }

    private string Token(TimeSpan? expiresIn = null, TimeSpan? notBeforeIn = null) =>
        TestTokens.Create(_key, _cloud.ServiceUrl, Now, expiresIn: expiresIn, notBeforeIn: notBeforeIn);
}
