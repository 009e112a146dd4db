using ChatBot.Core.Phrasing;
using ChatBot.Discord.Commands;

namespace ChatBot.Discord.Tests.Commands;

public class KnowledgeStatusCommandTests
{
    [Fact]
    public void PhrasingLine_NoLlm_SaysPhrasingIsOff()
    {
        var line = KnowledgeStatusCommand.PhrasingLine(PhrasingStatistics.Of(new PhrasingStats(), enabled: false));

        Assert.StartsWith("Phrasing: off", line, StringComparison.Ordinal);
    }

    [Fact]
    public void PhrasingLine_CountedAnswers_ShowsPhrasedFallbacksByReasonAndMappings()
    {
        var stats = new PhrasingStats();
        stats.CountPhrased();
        stats.CountPhrased();
        stats.CountFallback(PhrasingFallback.Violation);
        stats.CountFallback(PhrasingFallback.Timeout);
        stats.CountFallback(PhrasingFallback.Timeout);
        stats.CountUnderstood();

        var line = KnowledgeStatusCommand.PhrasingLine(PhrasingStatistics.Of(stats, enabled: true));

        Assert.Equal(
            "Phrasing: 2 answers phrased, 3 fell back to the template (Violation: 1, Timeout: 2); unclear questions mapped: 1, rejected: 0.",
            line);
    }
}
