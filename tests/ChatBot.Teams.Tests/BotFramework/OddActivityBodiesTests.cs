using System.Text.Json;

namespace ChatBot.Teams.Tests.BotFramework;

/// <summary>
/// Activities with a valid token that are well-formed JSON but odd — null or missing parts, wrong types, huge or
/// control-character text, odd locales, card submits without data — are answered or refused, never with a 5xx.
/// </summary>
public sealed class OddActivityBodiesTests : IAsyncLifetime
{
    private FakeMicrosoftCloud _cloud = null!;
    private BotHost _host = null!;
    private TestSigningKey _key = null!;

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

    public static TheoryData<string> Tails() =>
    [
        "\"text\":null",
        "\"text\":42",
        "\"text\":\"\"",
        $"\"text\":{JsonSerializer.Serialize(new string('x', 100_000))}",
        "\"text\":\"Amazon\\u0000\\u001b[31m 2025\"",
        "\"text\":\"２０２５ Amazon\",\"locale\":\"\"",
        "\"text\":\"Amazon\",\"locale\":\"x-klingon-very-long-locale-tag-that-is-not-real-and-goes-on-and-on-and-on-and-on\"",
        "\"text\":\"Amazon\",\"entities\":null",
        "\"text\":\"Amazon\",\"entities\":[null,{},{\"type\":\"clientInfo\",\"locale\":null}]",
        "\"text\":\"Amazon\",\"from\":null",
        "\"text\":\"Amazon\",\"conversation\":null",
        "\"text\":\"Amazon\",\"recipient\":null",
        "\"value\":null",
        "\"value\":[]",
        "\"value\":{\"action\":\"quotes\"}",
        "\"value\":{\"action\":\"quotes\",\"facts\":\"not-a-list\"}",
        "\"value\":{\"action\":42}",
        "\"attachments\":[null]",
    ];

    [Theory]
    [MemberData(nameof(Tails))]
    public async Task Post_OddButWellFormedMessage_NeverAServerError(string tail)
    {
        var body = $$"""
            {"type":"message","id":"1","serviceUrl":"{{_cloud.ServiceUrl}}","channelId":"msteams",
             "from":{"id":"29:user","name":"Megan"},"recipient":{"id":"{{BotActivities.BotId}}","name":"ChatBot"},
             "conversation":{"id":"{{BotActivities.ConversationId}}","conversationType":"personal"},
             "locale":"en-US",{{tail}}}
            """;

        using var response = await _host.PostAsync(body, TestTokens.Create(_key, _cloud.ServiceUrl, _host.Time.GetUtcNow()));

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
