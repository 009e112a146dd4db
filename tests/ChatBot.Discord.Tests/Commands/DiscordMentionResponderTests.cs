using ChatBot.Core.Answers;
using ChatBot.Core.Phrasing;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Models;
using ChatBot.Discord.Tests.TestSupport;
using Moq;

namespace ChatBot.Discord.Tests.Commands;

public sealed class DiscordMentionResponderTests
{
    private readonly DiscordMentionResponder _responder = new(CuratedKnowledge.Engine());

    [Theory]
    [InlineData("<@1111111111111111111>")]
    [InlineData("  <@!1111111111111111111>   ")]
    public async Task HandleMentionAsync_OnlyTheMention_StaysSilent(string content) =>
        Assert.Null(await _responder.HandleMentionAsync(Mention(content), CancellationToken.None));

    [Fact]
    public async Task HandleMentionAsync_ControlCharacters_RepliesWithTheGuardsRefusal()
    {
        var reply = await _responder.HandleMentionAsync(Mention("<@1111111111111111111> hi\u0007"), CancellationToken.None);

        Assert.StartsWith("The question contains a control character", reply!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleMentionAsync_DirectMessage_AnswersWithTheEmbed()
    {
        var reply = await _responder.HandleMentionAsync(Mention("compare amazon and microsoft") with { GuildId = null, Mentions = [] }, CancellationToken.None);

        Assert.Equal("Comparison: Amazon and Microsoft", reply!.Embeds![0].Title);
    }

    [Fact]
    public async Task HandleMentionAsync_PhrasedAnswer_RepliesWithLabelAndBotSources()
    {
        var phraser = new Mock<IAnswerPhraser>();
        phraser.Setup(p => p.PhraseAsync(It.IsAny<string>(), It.IsAny<Answer>(), AnswerCommands.PhrasingBudget, It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, Answer answer, TimeSpan? _, CancellationToken _) => new PhrasedAnswer(answer, "Amazon plans more than $100 billion in 2025 [1].", null));
        var responder = new DiscordMentionResponder(CuratedKnowledge.Engine(), phraser.Object, new InMemoryConversationContextStore(TimeProvider.System));

        var reply = await responder.HandleMentionAsync(Mention("<@1111111111111111111> how much will amazon invest in 2025?"), CancellationToken.None);

        var embed = reply!.Embeds![0];
        Assert.Equal("Amazon plans more than $100 billion in 2025 [1].", embed.Description);
        Assert.Equal("phrased by AI", embed.Footer!.Text);
        Assert.Equal("Sources", Assert.Single(embed.Fields!).Name);
    }

    private static Message Mention(string content) => new()
    {
        Id = "1",
        ChannelId = "2",
        GuildId = "3",
        Content = content,
        Author = new User { Id = DiscordPayloads.UserId },
        Mentions = [new User { Id = DiscordPayloads.BotUserId, Bot = true }],
    };
}
