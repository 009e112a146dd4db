using ChatBot.Core.Answers;
using ChatBot.Core.Phrasing;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Models;
using ChatBot.Discord.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Discord.Tests.Commands;

/// <summary>Follow-ups on Discord: the last question per user and channel, for ten minutes.</summary>
public sealed class DiscordMentionFollowUpTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task HandleMentionAsync_FollowUpYear_AnswersForPreviousSubject()
    {
        var responder = new DiscordMentionResponder(CuratedKnowledge.Engine(), TemplateOnlyPhraser.Instance, new InMemoryConversationContextStore(_clock));
        await responder.HandleMentionAsync(Mention("How much does Amazon invest in 2025?", "alice"), CancellationToken.None);

        var reply = await responder.HandleMentionAsync(Mention("and 2024?", "alice"), CancellationToken.None);

        Assert.Contains("Amazon", reply!.Embeds![0].Title, StringComparison.Ordinal);
        Assert.Contains("$83 billion", reply.Embeds[0].Description ?? string.Join(" ", reply.Embeds[0].Fields?.Select(f => f.Value) ?? []), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleMentionAsync_OtherUsersFollowUp_DoesNotUseSomeoneElsesQuestion()
    {
        var responder = new DiscordMentionResponder(CuratedKnowledge.Engine(), TemplateOnlyPhraser.Instance, new InMemoryConversationContextStore(_clock));
        await responder.HandleMentionAsync(Mention("How much does Amazon invest in 2025?", "alice"), CancellationToken.None);

        var reply = await responder.HandleMentionAsync(Mention("and 2024?", "bob"), CancellationToken.None);

        Assert.DoesNotContain("Amazon", reply!.Embeds![0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleMentionAsync_FollowUpAfterTenMinutes_IsANewQuestion()
    {
        var responder = new DiscordMentionResponder(CuratedKnowledge.Engine(), TemplateOnlyPhraser.Instance, new InMemoryConversationContextStore(_clock));
        await responder.HandleMentionAsync(Mention("How much does Amazon invest in 2025?", "alice"), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(10));

        var reply = await responder.HandleMentionAsync(Mention("and 2024?", "alice"), CancellationToken.None);

        Assert.DoesNotContain("Amazon", reply!.Embeds![0].Title, StringComparison.Ordinal);
    }

    private static Message Mention(string question, string userId) => new()
    {
        Id = "1",
        ChannelId = "2",
        GuildId = "3",
        Content = $"<@{DiscordPayloads.BotUserId}> {question}",
        Author = new User { Id = userId },
        Mentions = [new User { Id = DiscordPayloads.BotUserId, Bot = true }],
    };
}
