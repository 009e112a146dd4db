using System.Text.Json;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.Core.Understanding;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Json;
using ChatBot.Discord.Models;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ChatBot.Discord.Tests.Commands;

/// <summary>
/// /ask answers are cached per knowledge snapshot: a repeated question is served from the cache with the same
/// response, a reload starts from nothing, questions completed from a conversation never come from or go into the
/// cache, and the number kept per snapshot stays within the configured bound.
/// </summary>
public class DiscordAnswerCacheTests
{
    private const string MetaQuestion = "How much does Meta invest in AI in 2025?";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
    private readonly Mock<IKnowledgeProvider> _provider = new();

    public DiscordAnswerCacheTests() => _provider.SetupGet(p => p.Current).Returns(CuratedKnowledge.Knowledge);

    [Fact]
    public async Task Ask_SameQuestionTwice_SecondComesFromTheCacheUnchanged()
    {
        var (commands, cache) = Commands();

        var first = await commands.AskAsync(Ask(MetaQuestion, user: "1"), CancellationToken.None);
        var second = await commands.AskAsync(Ask(MetaQuestion, user: "2"), CancellationToken.None);

        Assert.Equal(1, cache.Hits);
        Assert.Equal(Json(first), Json(second));
        Assert.Contains("Meta", second.Data?.Embeds?[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_AfterAReload_AnswersFromTheNewSnapshotNotTheCache()
    {
        var (commands, cache) = Commands();
        await commands.AskAsync(Ask(MetaQuestion, user: "1"), CancellationToken.None);
        var withoutMeta = WithoutFactsAbout(CuratedKnowledge.Knowledge, "meta");
        _provider.SetupGet(p => p.Current).Returns(withoutMeta);

        var after = await commands.AskAsync(Ask(MetaQuestion, user: "2"), CancellationToken.None);

        Assert.Equal(0, cache.Hits);
        Assert.Equal(1, cache.CountFor(withoutMeta));
        Assert.DoesNotContain(CuratedKnowledge.Knowledge.FactsAbout("meta"), fact => Json(after).Contains(fact.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_FollowUp_IsAnsweredFromTheConversationNotFromTheCache()
    {
        var (commands, cache) = Commands();
        const string followUp = "And in 2024?";
        // A user without a conversation asks the bare follow-up first: it stands alone and is cached.
        var alone = await commands.AskAsync(Ask(followUp, user: "2"), CancellationToken.None);
        await commands.AskAsync(Ask("How much does Amazon invest in AI?", user: "1"), CancellationToken.None);

        var continued = await commands.AskAsync(Ask(followUp, user: "1"), CancellationToken.None);

        Assert.Contains("Amazon", continued.Data?.Embeds?[0].Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Amazon", alone.Data?.Embeds?[0].Title ?? "", StringComparison.Ordinal);
        Assert.Equal(2, cache.CountFor(CuratedKnowledge.Knowledge));
    }

    [Fact]
    public async Task Ask_ManyDistinctQuestions_KeepsNoMoreThanTheConfiguredNumber()
    {
        var (commands, cache) = Commands(capacity: 3);
        string[] questions =
        [
            MetaQuestion, "How much does Amazon invest in AI?", "Wie viel investiert Microsoft in KI?", "compare amazon and microsoft",
            "What is Stargate?", "Wer investiert am meisten in KI 2025?", "which sources do you use?",
        ];

        foreach (var question in questions)
        {
            await commands.AskAsync(Ask(question, user: "1"), CancellationToken.None);
        }

        Assert.InRange(cache.CountFor(CuratedKnowledge.Knowledge), 1, 3);
    }

    [Fact]
    public async Task Ask_CacheTurnedOff_AnswersEveryQuestionAfresh()
    {
        var (commands, cache) = Commands(capacity: 0);

        var first = await commands.AskAsync(Ask(MetaQuestion, user: "1"), CancellationToken.None);
        var second = await commands.AskAsync(Ask(MetaQuestion, user: "2"), CancellationToken.None);

        Assert.False(cache.IsEnabled);
        Assert.Equal(0, cache.Hits);
        Assert.Equal(0, cache.CountFor(CuratedKnowledge.Knowledge));
        Assert.Equal(Json(first), Json(second));
    }

    private (AnswerCommands Commands, DiscordAnswerCache Cache) Commands(int capacity = 100)
    {
        var engine = new AnswerEngine(_provider.Object, new QuestionParser(_clock));
        var cache = new DiscordAnswerCache(Options.Create(new DiscordOptions { AnswerCacheEntries = capacity }));
        return (new AnswerCommands(engine, _provider.Object, TemplateOnlyPhraser.Instance, new InMemoryConversationContextStore(_clock), cache, _clock), cache);
    }

    private static KnowledgeBase WithoutFactsAbout(KnowledgeBase knowledge, string subjectId) =>
        new(knowledge.Sources, knowledge.Topics, knowledge.Subjects, [.. knowledge.Facts.Where(f => f.SubjectId != subjectId)], knowledge.Origin);

    private static Interaction Ask(string question, string user) =>
        JsonSerializer.Deserialize($$$"""
            {"id":"1180000000000000001","application_id":"1","type":2,"token":"t","channel_id":"5","locale":"en-US",
             "member":{"user":{"id":"{{{user}}}","username":"u"},"permissions":"0"},
             "data":{"id":"1","name":"ask","type":1,"options":[{"name":"question","type":3,"value":{{{JsonSerializer.Serialize(question)}}}}]}}
            """, DiscordJsonContext.Default.Interaction)!;

    private static string Json(InteractionResponse response) => JsonSerializer.Serialize(response, DiscordJsonContext.Default.InteractionResponse);
}
