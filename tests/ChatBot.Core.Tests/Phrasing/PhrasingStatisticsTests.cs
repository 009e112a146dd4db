using ChatBot.Core.Phrasing;

namespace ChatBot.Core.Tests.Phrasing;

public sealed class PhrasingStatisticsTests
{
    [Fact]
    public void Of_CountedStats_ListsEveryReasonWithItsCount()
    {
        var stats = new PhrasingStats();
        stats.CountPhrased();
        stats.CountPhrased();
        stats.CountFallback(PhrasingFallback.Violation);
        stats.CountFallback(PhrasingFallback.Timeout);
        stats.CountFallback(PhrasingFallback.Timeout);
        stats.CountUnderstood();
        stats.CountNotUnderstood();
        stats.CountNotUnderstood();

        var snapshot = PhrasingStatistics.Of(stats, enabled: true);

        Assert.True(snapshot.Enabled);
        Assert.Equal(2, snapshot.Phrased);
        Assert.Equal(2, snapshot.Fallbacks[PhrasingFallback.Timeout]);
        Assert.Equal(1, snapshot.Fallbacks[PhrasingFallback.Violation]);
        Assert.Equal(0, snapshot.Fallbacks[PhrasingFallback.Empty]);
        Assert.DoesNotContain(PhrasingFallback.NotPhrasable, snapshot.Fallbacks.Keys);
        Assert.Equal(3, snapshot.FallbackTotal);
        Assert.Equal((1, 2), (snapshot.Understood, snapshot.NotUnderstood));
    }

    [Fact]
    public void Of_LaterCounts_DoNotChangeAnEarlierSnapshot()
    {
        var stats = new PhrasingStats();
        var before = PhrasingStatistics.Of(stats, enabled: false);

        stats.CountPhrased();
        stats.CountFallback(PhrasingFallback.Error);

        Assert.Equal(0, before.Phrased);
        Assert.Equal(0, before.FallbackTotal);
        Assert.Equal(1, PhrasingStatistics.Of(stats, enabled: false).FallbackTotal);
    }
}
