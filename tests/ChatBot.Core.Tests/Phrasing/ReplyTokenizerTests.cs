using ChatBot.Core.Phrasing;

namespace ChatBot.Core.Tests.Phrasing;

public sealed class ReplyTokenizerTests
{
    [Fact]
    public void Tokenize_FoldedText_KindsAndPositions()
    {
        const string text = "rund 1.000,5 $ und 39%-anteil, 2025.";

        var tokens = ReplyTokenizer.Tokenize(text);

        Assert.Equal(
            [
                (ReplyTokenKind.Word, "rund"), (ReplyTokenKind.Digits, "1.000,5"), (ReplyTokenKind.Sign, "$"), (ReplyTokenKind.Word, "und"),
                (ReplyTokenKind.Digits, "39"), (ReplyTokenKind.Sign, "%"), (ReplyTokenKind.Dash, "-"), (ReplyTokenKind.Word, "anteil"),
                (ReplyTokenKind.Punctuation, ","), (ReplyTokenKind.Digits, "2025"), (ReplyTokenKind.Punctuation, "."),
            ],
            tokens.Select(t => (t.Kind, text[t.Start..t.End])));
    }

    [Theory]
    [InlineData("€", true)]
    [InlineData("£", true)]
    [InlineData("¥", true)]
    [InlineData("[", false)]
    public void Tokenize_Sign_IsOneToken(string text, bool sign)
    {
        var token = Assert.Single(ReplyTokenizer.Tokenize(text));

        Assert.Equal((sign ? ReplyTokenKind.Sign : ReplyTokenKind.Punctuation, 0, 1), (token.Kind, token.Start, token.Length));
    }

    [Theory]
    [InlineData("80.", "80")]
    [InlineData("80,", "80")]
    [InlineData("1.5", "1.5")]
    [InlineData("1..5", "1")]
    public void Tokenize_TrailingSeparator_EndsTheNumber(string text, string digits)
    {
        var first = ReplyTokenizer.Tokenize(text)[0];

        Assert.Equal(digits, text[first.Start..first.End]);
    }

    [Fact]
    public void Tokenize_Whitespace_OnlySeparates()
    {
        Assert.Empty(ReplyTokenizer.Tokenize(" \t\n "));
    }
}
