using ChatBot.Core.Answers;

namespace ChatBot.Core.Tests.Answers;

public sealed class AnswerLineFormatterTests
{
    private static readonly AnswerItem Item = new("Amazon", "more than $100 billion", "2025", "Amazon plans *big* spending.", [], [1, 2]);

    [Fact]
    public void Format_IdentityEscape_MatchesThePlainTextLine() =>
        Assert.Equal(PlainTextRenderer.Line(Item), AnswerLineFormatter.Format(Item, t => t, f => f));

    [Fact]
    public void Format_EscapeAndBold_EscapesEveryTextPieceAndWrapsOnlyTheFigure() =>
        Assert.Equal(
            "Amazon: **more than $100 billion** (2025) – Amazon plans \\*big\\* spending. [1, 2]",
            AnswerLineFormatter.Format(Item, t => t.Replace("*", "\\*", StringComparison.Ordinal), f => $"**{f}**"));

    [Fact]
    public void Format_LineWithoutFigureOrSources_IsJustTheText() =>
        Assert.Equal("No figure.", AnswerLineFormatter.Format(new AnswerItem(null, null, null, "No figure.", [], []), t => t, f => $"**{f}**"));

    [Fact]
    public void Format_DatedItem_EscapedNoteAfterTextBeforeCitations()
    {
        var dated = Item with { Freshness = new(new DateOnly(2025, 1, 15), false, "as of *15* January 2025") };

        Assert.Equal(
            "Amazon: **more than $100 billion** (2025) – Amazon plans \\*big\\* spending. (as of \\*15\\* January 2025) [1, 2]",
            AnswerLineFormatter.Format(dated, t => t.Replace("*", "\\*", StringComparison.Ordinal), f => $"**{f}**"));
        Assert.Equal(PlainTextRenderer.Line(dated), AnswerLineFormatter.Format(dated, t => t, f => f));
    }
}
