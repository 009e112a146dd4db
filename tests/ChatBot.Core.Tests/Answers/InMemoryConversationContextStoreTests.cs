using ChatBot.Core.Answers;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Answers;

public class InMemoryConversationContextStoreTests
{
    private static readonly ConversationKey Alice = new("discord", "channel-1", "alice");
    private static readonly ConversationKey Bob = new("discord", "channel-1", "bob");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
    private readonly AnswerEngine _engine = CuratedKnowledge.Engine();

    [Fact]
    public void Get_WithinExpiry_ReturnsLastQuery()
    {
        var store = new InMemoryConversationContextStore(_clock);
        var query = _engine.Understand("Wie viel investiert Amazon 2025?");
        store.Set(Alice, query);

        _clock.Advance(TimeSpan.FromMinutes(9));

        Assert.Same(query, store.Get(Alice));
    }

    [Fact]
    public void Get_AfterExpiry_ReturnsNullAndForgets()
    {
        var store = new InMemoryConversationContextStore(_clock);
        store.Set(Alice, _engine.Understand("Wie viel investiert Amazon 2025?"));

        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Null(store.Get(Alice));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Get_OtherUserInSameChannel_HasOwnConversation()
    {
        var store = new InMemoryConversationContextStore(_clock);
        store.Set(Alice, _engine.Understand("Wie viel investiert Amazon 2025?"));

        Assert.Null(store.Get(Bob));
    }

    [Fact]
    public void Ask_FollowUpYear_KeepsSubjectFromConversation()
    {
        var store = new InMemoryConversationContextStore(_clock);
        _engine.Ask(store, Alice, "Wie viel investiert Amazon 2025?");

        var answer = _engine.Ask(store, Alice, "und 2024?");

        Assert.Equal("amazon-capex-2024", answer.Sections[0].Items[0].Facts[0].Id);
    }

    [Fact]
    public void Ask_FollowUpOtherSubject_KeepsPeriodFromConversation()
    {
        var store = new InMemoryConversationContextStore(_clock);
        _engine.Ask(store, Alice, "How much does Amazon invest in 2025?");

        var answer = _engine.Ask(store, Alice, "what about Meta?");

        Assert.Equal("meta-ai-budget-2025", answer.Sections[0].Items[0].Facts[0].Id);
        Assert.Equal([2025], answer.Query.Period.Years);
    }

    [Fact]
    public void Ask_FollowUpAfterExpiry_IsANewQuestion()
    {
        var store = new InMemoryConversationContextStore(_clock);
        _engine.Ask(store, Alice, "Wie viel investiert Amazon 2025?");
        _clock.Advance(TimeSpan.FromMinutes(11));

        var answer = _engine.Ask(store, Alice, "und 2024?");

        Assert.Empty(answer.Query.Subjects);
    }

    [Fact]
    public void Ask_FollowUpYearAfterComputation_ComputesAgain()
    {
        var store = new InMemoryConversationContextStore(_clock);
        _engine.Ask(store, Alice, "How much more does Amazon spend than Alphabet in 2025?");

        var answer = _engine.Ask(store, Alice, "and in 2024?");

        Assert.Equal(AnswerKind.Computed, answer.Kind);
        Assert.False(answer.Answered);
    }
}
