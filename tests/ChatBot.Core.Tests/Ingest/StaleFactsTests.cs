using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Ingest;

public sealed class StaleFactsTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static readonly KnowledgeBase Knowledge = new(
        [
            Source("old", Today.AddDays(-400)),
            Source("older", Today.AddDays(-500)),
            Source("edge", Today.AddDays(-100)),
            Source("fresh", Today.AddDays(-10)),
            Source("undated", null),
        ],
        [],
        [new Subject("acme", TestFacts.Text("Acme", "Acme"), SubjectKind.Company, ["Acme"], [])],
        [
            TestFacts.Fact(id: "b-old", source: "old"),
            TestFacts.Fact(id: "a-old", source: "old"),
            TestFacts.Fact(id: "older", source: "older"),
            TestFacts.Fact(id: "edge", source: "edge"),
            TestFacts.Fact(id: "fresh", source: "fresh"),
            TestFacts.Fact(id: "undated", source: "undated"),
        ],
        "test");

    [Fact]
    public void Find_Threshold_UndatedFirstThenOldestThenById()
    {
        var stale = StaleFacts.Find(Knowledge, Today, olderThanDays: 100);

        Assert.Equal(
            [("undated", "undated", (int?)null), ("older", "older", 500), ("a-old", "old", 400), ("b-old", "old", 400)],
            stale.Select(s => (s.Fact.Id, s.Source!.Id, s.AgeDays)));
    }

    [Fact]
    public void Find_ThresholdBelowAnAge_IncludesIt()
    {
        var stale = StaleFacts.Find(Knowledge, Today, olderThanDays: 99);

        Assert.Contains(stale, s => s.Fact.Id == "edge" && s.AgeDays == 100);
        Assert.DoesNotContain(stale, s => s.Fact.Id == "fresh");
    }

    private static Source Source(string id, DateOnly? published) => new(id, id, "Example Times", null, published, null, $"{id}.txt");
}
