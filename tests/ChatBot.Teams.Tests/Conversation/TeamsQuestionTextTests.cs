using ChatBot.Teams.Activities;
using ChatBot.Teams.Conversation;

namespace ChatBot.Teams.Tests.Conversation;

public sealed class TeamsQuestionTextTests
{
    private static readonly ChannelAccount Bot = new("28:bot", "ChatBot");

    [Theory]
    [InlineData("<at>ChatBot</at> pledge microsoft", "pledge microsoft")]
    [InlineData("<at>ChatBot</at>&nbsp;compare amazon meta", "compare amazon meta")]
    [InlineData("top 2025 <at>ChatBot</at>", "top 2025")]
    [InlineData("<at>@ChatBot</at> sources", "sources")]
    [InlineData("<p><at>ChatBot</at> what does <at>Jane Smith</at> know?</p>", "what does Jane Smith know?")]
    [InlineData("Tom &amp; Jerry", "Tom & Jerry")]
    public void Extract_BotMentioned_StripsOwnMentionKeepsOthersAsNames(string text, string expected)
    {
        var activity = new Activity
        {
            Text = text,
            Recipient = Bot,
            Entities = [new ActivityEntity("mention", Bot, "<at>ChatBot</at>"), new ActivityEntity("mention", new ChannelAccount("29:jane", "Jane Smith"), "<at>Jane Smith</at>")],
        };

        Assert.Equal(expected, TeamsQuestionText.Extract(activity));
    }

    [Fact]
    public void Extract_WebhookWithoutEntities_StripsLeadingMention() =>
        Assert.Equal("help", TeamsQuestionText.Extract(new Activity { Text = "<at>Planet Details</at>&nbsp;help" }));

    [Fact]
    public void Extract_NoText_Empty() => Assert.Equal("", TeamsQuestionText.Extract(new Activity { Recipient = Bot }));

    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("en-US", "en")]
    [InlineData("de", "de")]
    [InlineData("fr-FR", null)]
    [InlineData(null, null)]
    public void Language_FromLocale_MapsKnownLanguages(string? locale, string? expectedCode) =>
        Assert.Equal(expectedCode, TeamsLanguage.FromLocale(locale)?.Code);
}
