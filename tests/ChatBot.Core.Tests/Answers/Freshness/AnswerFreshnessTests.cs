using ChatBot.Core.Answers;
using ChatBot.Core.Answers.Freshness;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Answers.Freshness;

/// <summary>Looking up a fact's freshness in an answer built by hand.</summary>
public sealed class AnswerFreshnessTests
{
    private static readonly Fact Dated = TestFacts.Fact(id: "dated");
    private static readonly Fact Other = TestFacts.Fact(id: "other");
    private static readonly FigureFreshness January = new(new DateOnly(2025, 1, 15), false, "as of 15 January 2025");
    private static readonly FigureFreshness March = new(new DateOnly(2025, 3, 1), true, "older figure from 1 March 2025");

    [Fact]
    public void Of_FactOnADatedLine_IsThatLinesFreshness()
    {
        var answer = Build(
            new AnswerItem(null, null, null, "text line", [Dated], []),
            new AnswerItem(null, "$1 billion", null, "other", [Other], [1]) { Freshness = March },
            new AnswerItem(null, "$2 billion", null, "dated", [Other, Dated], [1]) { Freshness = January },
            new AnswerItem(null, "$2 billion", null, "again", [Dated], [1]) { Freshness = March });

        Assert.Equal(January, AnswerFreshness.Of(answer, Dated));
        Assert.Equal(March, AnswerFreshness.Of(answer, Other));
    }

    [Fact]
    public void Of_FactOnlyOnUndatedLines_IsNull()
    {
        var answer = Build(new AnswerItem(null, "$2 billion", null, "dated", [Dated], [1]), new AnswerItem(null, "$1 billion", null, "other", [Other], [1]) { Freshness = March });

        Assert.Null(AnswerFreshness.Of(answer, Dated));
    }

    [Fact]
    public void Of_FactNotInTheAnswer_IsNull() =>
        Assert.Null(AnswerFreshness.Of(Build(new AnswerItem(null, "$1 billion", null, "other", [Other], [1]) { Freshness = March }), Dated));

    private static Answer Build(params AnswerItem[] items) =>
        new(new Query("q", Language.English, QueryIntent.Figures, [], [], PeriodFilter.None, []), AnswerKind.Figures, true, "h", [],
            [new AnswerSection(null, items[..1]), new AnswerSection("more", items[1..])], [], []);
}
