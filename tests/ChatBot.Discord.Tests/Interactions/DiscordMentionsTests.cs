using ChatBot.Discord.Interactions;

namespace ChatBot.Discord.Tests.Interactions;

public class DiscordMentionsTests
{
    [Theory]
    [InlineData("<@42> how much did Microsoft invest?", "how much did Microsoft invest?")]
    [InlineData("how much, <@!42>?", "how much, ?")]
    [InlineData("<@42>", "")]
    [InlineData("<@7> hello", "<@7> hello")]
    public void StripBotMention_Content_RemovesOnlyTheBotsMention(string content, string expected)
    {
        var question = DiscordMentions.StripBotMention(content, "42");

        Assert.Equal(expected, question);
    }
}
