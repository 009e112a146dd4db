using ChatBot.Discord.IngestReview;

namespace ChatBot.Discord.Tests.IngestReview;

public sealed class IngestReviewCustomIdsTests
{
    [Theory]
    [InlineData(IngestReviewActionKind.Approve)]
    [InlineData(IngestReviewActionKind.Skip)]
    [InlineData(IngestReviewActionKind.Edit)]
    [InlineData(IngestReviewActionKind.EditForm)]
    public void ForFact_ParsedBack_SameKindSourceAndFact(IngestReviewActionKind kind)
    {
        var action = IngestReviewCustomIds.Parse(IngestReviewCustomIds.ForFact(kind, "zentauris-test", "zentauris-12bneur"));

        Assert.Equal(new IngestReviewAction(kind, "zentauris-test", "zentauris-12bneur", 0), action);
    }

    [Fact]
    public void ForFact_IdsTooLongTogether_HashedReferenceStillFitsAndRefersToTheFact()
    {
        var sourceId = new string('s', 80);
        var factId = "fact-" + new string('f', 60);

        var customId = IngestReviewCustomIds.ForFact(IngestReviewActionKind.Approve, sourceId, factId);
        var action = IngestReviewCustomIds.Parse(customId)!;

        Assert.InRange(customId.Length, 1, 100);
        Assert.True(IngestReviewCustomIds.Refers(action.FactRef!, factId));
        Assert.False(IngestReviewCustomIds.Refers(action.FactRef!, factId + "x"));
    }

    [Fact]
    public void ForPage_ParsedBack_SamePage()
    {
        Assert.Equal(new IngestReviewAction(IngestReviewActionKind.Page, "d", null, 3), IngestReviewCustomIds.Parse(IngestReviewCustomIds.ForPage(IngestReviewActionKind.Page, "d", 3)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fact-edit:x")]
    [InlineData("ingest-a:Upper:fact")]
    [InlineData("ingest-a:src:")]
    [InlineData("ingest-a:src:fact:more")]
    [InlineData("ingest-a:src:../x")]
    [InlineData("ingest-q:src:fact")]
    [InlineData("ingest-p:src:x")]
    [InlineData("ingest-p:src:1000")]
    [InlineData("ingest-all:src:-1")]
    [InlineData("ingest-a:src:~00")]
    public void Parse_ForgedOrMalformed_Null(string? customId)
    {
        Assert.Null(IngestReviewCustomIds.Parse(customId));
    }

    [Fact]
    public void Parse_LongerThan100_Null()
    {
        Assert.Null(IngestReviewCustomIds.Parse("ingest-a:src:" + new string('f', 90)));
    }
}
