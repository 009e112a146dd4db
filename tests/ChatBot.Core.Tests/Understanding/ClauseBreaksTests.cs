using ChatBot.Core.Text;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Tests.Understanding;

public class ClauseBreaksTests
{
    private static bool[] Breaks(string question)
    {
        var folded = TextFolding.Fold(question);
        return ClauseBreaks.Before(folded, Tokenizer.Tokenize(folded).Count);
    }

    [Theory]
    [InlineData("nicht Meta, Amazon 2025?", new[] { false, false, true, false })]
    [InlineData("Nicht Microsoft – Alphabet 2025", new[] { false, false, true, false })]
    [InlineData("Amazon: nicht 2024; sondern 2025", new[] { false, true, false, true, false })]
    [InlineData("Alphabet 2025? Und Meta!", new[] { false, false, true, false })]
    [InlineData("Meta (2025) bitte", new[] { false, true, true })]
    public void Before_PunctuationBetweenWords_MarksTheNextToken(string question, bool[] expected)
    {
        Assert.Equal(expected, Breaks(question));
    }

    [Theory]
    [InlineData("KI-Budget von Meta")]
    [InlineData("Oracle's Deal")]
    [InlineData("2,5 Mrd für Meta")]
    [InlineData("Fußball-WM 2014")]
    public void Before_HyphenApostropheAndDecimalComma_AreNoBreak(string question)
    {
        Assert.DoesNotContain(true, Breaks(question));
    }

    [Fact]
    public void Before_FirstToken_IsNeverABreak()
    {
        Assert.Equal([false, false], Breaks(", Meta 2025"));
    }
}
