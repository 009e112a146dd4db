using ChatBot.Core.Knowledge.Loading.Yaml;

namespace ChatBot.Core.Tests.Knowledge.Loading.Yaml;

public class YamlNestingGuardTests
{
    private static string Open(int count) => new('[', count);

    [Fact]
    public void FirstTooDeepLine_FlowJustWithinTheLimit_IsNull()
    {
        // A line at column 0 is charged one block level, so 199 open brackets reach the limit of 200.
        Assert.Null(YamlNestingGuard.FirstTooDeepLine(Open(199)));
    }

    [Fact]
    public void FirstTooDeepLine_FlowOneOverTheLimit_IsThatLine()
    {
        Assert.Equal(1, YamlNestingGuard.FirstTooDeepLine(Open(200)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("a: 1\nb: [x, {y: z}]\n")]
    public void FirstTooDeepLine_OrdinaryText_IsNull(string text)
    {
        Assert.Null(YamlNestingGuard.FirstTooDeepLine(text));
    }

    [Fact]
    public void FirstTooDeepLine_DeepOnALaterLine_CountsLinesFromOne()
    {
        Assert.Equal(3, YamlNestingGuard.FirstTooDeepLine("a: 1\nb: 2\nc: " + Open(300) + "\nd: 4\n"));
    }

    [Fact]
    public void FirstTooDeepLine_FlowOpenedOverManyLines_IsTheLineThatCrossesTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("[\n", 250));

        Assert.Equal(200, YamlNestingGuard.FirstTooDeepLine(text));
    }

    [Fact]
    public void FirstTooDeepLine_FlowClosedOnEachLine_NeverAddsUp()
    {
        var text = string.Concat(Enumerable.Repeat(Open(150) + new string(']', 150) + "\n", 10));

        Assert.Null(YamlNestingGuard.FirstTooDeepLine(text));
    }

    [Fact]
    public void FirstTooDeepLine_SurplusClosingBrackets_DoNotBuyDepthForLater()
    {
        Assert.Equal(2, YamlNestingGuard.FirstTooDeepLine(new string(']', 50) + "\n" + Open(200)));
    }

    [Theory]
    [InlineData(99, "a: 1", false)]
    [InlineData(100, "a: 1", true)]
    [InlineData(98, "- a", false)]
    [InlineData(99, "- a", true)]
    [InlineData(99, "-a", false)]
    [InlineData(99, "? a", true)]
    [InlineData(99, ": a", true)]
    [InlineData(99, "-\ta", true)]
    [InlineData(99, "-", true)]
    public void FirstTooDeepLine_Indentation_IsChargedTwoPerColumnAndOnePerIndicator(int indent, string content, bool tooDeep)
    {
        var text = "a:\n" + new string(' ', indent) + content + "\n";

        Assert.Equal(tooDeep ? 2 : null, YamlNestingGuard.FirstTooDeepLine(text));
    }

    [Theory]
    [InlineData(99, false)]
    [InlineData(100, true)]
    public void FirstTooDeepLine_IndicatorsOnOneLine_EachCountAsALevel(int indicators, bool tooDeep)
    {
        // At column 0, n indicators ("- - - a") are charged 2n + 1 levels.
        var text = string.Concat(Enumerable.Repeat("- ", indicators)) + "a";

        Assert.Equal(tooDeep ? 1 : null, YamlNestingGuard.FirstTooDeepLine(text));
    }

    [Fact]
    public void FirstTooDeepLine_BlockAndFlowTogether_AddUp()
    {
        // 150 flow levels open, then a line at column 30 (61 block levels).
        var text = "a: " + Open(150) + "\n" + new string(' ', 30) + "b\n";

        Assert.Equal(2, YamlNestingGuard.FirstTooDeepLine(text));
    }

    [Theory]
    [InlineData("# ")]
    [InlineData("a: 1 # ")]
    [InlineData("a: 1\t# ")]
    [InlineData("   # ")]
    [InlineData("a: \"")]
    [InlineData("a: '")]
    [InlineData("a: [x, \"")]
    [InlineData("a: {k:\"")]
    [InlineData("a: [ \"")]
    [InlineData("a: [\t\"")]
    [InlineData("a: [\r\"")]
    [InlineData("- \"")]
    [InlineData("a: \"\\\"")]
    public void FirstTooDeepLine_BracketsInCommentsOrQuotes_AreNotCounted(string prefix)
    {
        Assert.Null(YamlNestingGuard.FirstTooDeepLine(prefix + Open(300) + "\n"));
    }

    [Theory]
    [InlineData("a#")]
    [InlineData("a: b\"")]
    [InlineData("a:\"")]
    [InlineData("a: 'x\\' ")]
    [InlineData("a: \"x\"\"")]
    [InlineData("a: [x\"")]
    public void FirstTooDeepLine_BracketsAfterWhatOnlyLooksLikeACommentOrQuote_AreCounted(string prefix)
    {
        Assert.Equal(1, YamlNestingGuard.FirstTooDeepLine(prefix + Open(300) + "\n"));
    }

    [Fact]
    public void FirstTooDeepLine_EscapedQuoteInsideDoubleQuotes_DoesNotEndTheScalar()
    {
        Assert.Null(YamlNestingGuard.FirstTooDeepLine("a: \"x\\\"" + Open(300) + "\"\n"));
    }

    [Fact]
    public void FirstTooDeepLine_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => YamlNestingGuard.FirstTooDeepLine(null!));
    }
}
