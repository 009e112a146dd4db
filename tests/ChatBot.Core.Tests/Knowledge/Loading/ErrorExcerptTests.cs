using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Tests.Knowledge.Loading;

public class ErrorExcerptTests
{
    [Fact]
    public void Of_Null_IsEmpty()
    {
        Assert.Equal(string.Empty, ErrorExcerpt.Of(null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("DOGE")]
    [InlineData("Geschäftsjahr „2025“ 👍🏽")]
    public void Of_ShortPrintableValue_IsUnchanged(string value)
    {
        Assert.Equal(value, ErrorExcerpt.Of(value));
    }

    [Fact]
    public void Of_ValueOfExactlyTheLimit_IsUnchanged()
    {
        var value = new string('x', KnowledgeLimits.MaxExcerptLength);

        Assert.Equal(value, ErrorExcerpt.Of(value));
    }

    [Fact]
    public void Of_ValueOneOverTheLimit_IsCutWithAnEllipsis()
    {
        var value = new string('x', KnowledgeLimits.MaxExcerptLength) + "y";

        Assert.Equal(new string('x', KnowledgeLimits.MaxExcerptLength) + "…", ErrorExcerpt.Of(value));
    }

    [Fact]
    public void Of_EmojiWithModifiers_CountsEachAsOneCharacterAndNeverSplitsOne()
    {
        var emoji = "👍🏽";
        var value = string.Concat(Enumerable.Repeat(emoji, KnowledgeLimits.MaxExcerptLength + 5));

        var excerpt = ErrorExcerpt.Of(value);

        Assert.Equal(string.Concat(Enumerable.Repeat(emoji, KnowledgeLimits.MaxExcerptLength)) + "…", excerpt);
    }

    [Theory]
    [InlineData("a\u001b[31mb", "aU+001B[31mb")]
    [InlineData("\u0007", "U+0007")]
    [InlineData("x\u0085y", "xU+0085y")]
    [InlineData("tab\there", "tabU+0009here")]
    [InlineData("line\nbreak", "lineU+000Abreak")]
    public void Of_ControlCharacter_IsWrittenAsItsCodePoint(string value, string expected)
    {
        Assert.Equal(expected, ErrorExcerpt.Of(value));
    }
}
