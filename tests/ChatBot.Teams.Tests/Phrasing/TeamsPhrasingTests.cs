using System.Net;
using System.Text.Json.Nodes;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.Teams.BotFramework;
using ChatBot.Teams.Configuration;
using ChatBot.Teams.Webhook;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ChatBot.Teams.Tests.Phrasing;

/// <summary>Phrasing through both Teams transports over loopback, with a mocked phraser standing in for the model.</summary>
public sealed class TeamsPhrasingTests
{
    private const string Reworded = "Microsoft *plans* to invest about 80 billion dollars in AI data centres [1].";

    [Fact]
    public async Task Webhook_PhraserRewords_CardShowsTextLabelAndTheBotsSources()
    {
        var phraser = MockPhraser.Rewording(Reworded);
        await using var host = await WebhookHost.StartAsync(services: s => s.AddSingleton(phraser.Object));
        using var request = WebhookSigner.Request(host.Webhook, WebhookSigner.Message("<at>ChatBot</at> How much does Microsoft invest in AI?"));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var card = reply["attachments"]![0]!["content"]!;
        var texts = CardAssert.Texts(card).ToList();
        // Markdown in the model's text stays literal; the label follows it; the sources are the template's, with quotes.
        Assert.Equal(@"Microsoft \*plans\* to invest about 80 billion dollars in AI data centres [1].", (string?)card["body"]![0]!["text"]);
        Assert.Contains("_phrased by AI_", texts);
        var template = CuratedKnowledge.Engine().Ask("How much does Microsoft invest in AI?", Language.English);
        Assert.Contains(texts, t => t.StartsWith("[1] ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(template.Facts[0].Quote[..20], StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t == template.Headline);
        Assert.Contains("(phrased by AI)", (string?)reply["summary"], StringComparison.Ordinal);
        CardAssert.UsesOnlyVersion12(card);
    }

    [Fact]
    public async Task Webhook_Phrasing_GetsWhatIsLeftOfTheFourSecondBudget()
    {
        var phraser = MockPhraser.Rewording(Reworded);
        await using var host = await WebhookHost.StartAsync(services: s => s.AddSingleton(phraser.Object));
        using var request = WebhookSigner.Request(host.Webhook, WebhookSigner.Message("pledge microsoft"));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var limit = new TeamsOptions().WebhookResponseBudget - TeamsWebhookResponder.RenderMargin;
        phraser.Verify(p => p.PhraseAsync("pledge microsoft", It.IsAny<Answer>(), It.Is<TimeSpan?>(b => b > TimeSpan.Zero && b <= limit), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Webhook_PhraserFallsBack_TemplateCardWithoutLabel()
    {
        var phraser = new Mock<IAnswerPhraser>();
        phraser.Setup(p => p.PhraseAsync(It.IsAny<string>(), It.IsAny<Answer>(), It.IsAny<TimeSpan?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, Answer answer, TimeSpan? _, CancellationToken _) => PhrasedAnswer.Unphrased(answer, PhrasingFallback.Timeout));
        await using var host = await WebhookHost.StartAsync(services: s => s.AddSingleton(phraser.Object));
        using var request = WebhookSigner.Request(host.Webhook, WebhookSigner.Message("pledge microsoft"));

        using var response = await host.Client.SendAsync(request);

        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["attachments"]![0]!["content"]!;
        Assert.Equal(CuratedKnowledge.Engine().Ask("pledge microsoft", Language.English).Headline, (string?)card["body"]![0]!["text"]);
        Assert.DoesNotContain("_phrased by AI_", CardAssert.Texts(card));
    }

    [Fact]
    public async Task BotFramework_PhraserRewords_ReplyCardIsPhrasedWithQuotesButtonAndTenSecondBudget()
    {
        await using var cloud = await FakeMicrosoftCloud.StartAsync();
        using var key = new TestSigningKey("key-1", "msteams");
        cloud.Keys.Add(key);
        var phraser = MockPhraser.Rewording(Reworded);
        await using var host = await BotHost.StartAsync(cloud, services: s => s.AddSingleton(phraser.Object));

        using var response = await host.PostAsync(
            BotActivities.Message(cloud.ServiceUrl, "<at>ChatBot</at> pledge microsoft", locale: "de-DE"),
            TestTokens.Create(key, cloud.ServiceUrl, host.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await cloud.ConnectorReceivedAsync(2);
        var card = JsonNode.Parse(cloud.ConnectorRequests[1].Body)!["attachments"]![0]!["content"]!;
        Assert.StartsWith("Microsoft \\*plans\\*", (string?)card["body"]![0]!["text"], StringComparison.Ordinal);
        Assert.Contains("_formuliert mit KI_", CardAssert.Texts(card));
        Assert.Equal("Action.Submit", (string?)card["actions"]![0]!["type"]);
        phraser.Verify(p => p.PhraseAsync("pledge microsoft", It.IsAny<Answer>(), TeamsBotResponder.PhrasingBudget, It.IsAny<CancellationToken>()), Times.Once);
    }
}
