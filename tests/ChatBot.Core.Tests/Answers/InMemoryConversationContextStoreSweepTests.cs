using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// The store's own expiry and its sweep: expired conversations are dropped on every 256th Set once the store
/// holds more than 10,000, and not before.
/// </summary>
public sealed class InMemoryConversationContextStoreSweepTests
{
    private const int Threshold = 10_000;
    private const int Interval = 256;

    private static readonly Query Question = new("q", Language.English, QueryIntent.Figures, [], [], PeriodFilter.None, []);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Get_ShorterExpiryGiven_ForgetsAfterIt()
    {
        var store = new InMemoryConversationContextStore(_clock, TimeSpan.FromMinutes(1));
        store.Set(Key(0), Question);

        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(store.Get(Key(0)));
    }

    [Fact]
    public void Set_LargeStoreWithExpiredEntries_SweptOnTheNextIntervalSetOnly()
    {
        var store = new InMemoryConversationContextStore(_clock);
        const int old = 40 * Interval;
        SetMany(store, 0, old);
        Assert.Equal(old, store.Count);

        // Exactly at expiry the old conversations are over; the new ones are not.
        _clock.Advance(InMemoryConversationContextStore.DefaultExpiry);
        SetMany(store, old, Interval - 1);
        Assert.Equal(old + Interval - 1, store.Count);

        SetMany(store, old + Interval - 1, 1);
        Assert.Equal(Interval, store.Count);
        Assert.Same(Question, store.Get(Key(old)));
    }

    [Fact]
    public void Set_StoreAtTheThresholdOnAnIntervalSet_NotSwept()
    {
        var store = new InMemoryConversationContextStore(_clock);
        SetMany(store, 0, Threshold);
        _clock.Advance(InMemoryConversationContextStore.DefaultExpiry);

        // Renewing one conversation keeps the size at the threshold until the next interval Set.
        var renewals = (Threshold / Interval + 1) * Interval - Threshold;
        for (var i = 0; i < renewals; i++)
        {
            store.Set(Key(0), Question);
        }

        Assert.Equal(Threshold, store.Count);
    }

    private static void SetMany(InMemoryConversationContextStore store, int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            store.Set(Key(i), Question);
        }
    }

    private static ConversationKey Key(int user) => new("discord", "channel-1", $"user-{user}");
}
