using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("wie viel investiert meta 2025?", new[] { "wie", "viel", "investiert", "meta", "2025" })]
    [InlineData("data-center amazon's", new[] { "data", "center", "amazon", "s" })]
    [InlineData("a", new[] { "a" })]
    [InlineData("  x  ", new[] { "x" })]
    [InlineData("1.5%", new[] { "1", "5" })]
    [InlineData("end", new[] { "end" })]
    public void Tokenize_FoldedText_SplitsAtEveryNonLetterOrDigit(string text, string[] expected)
    {
        Assert.Equal(expected, Tokenizer.Tokenize(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ?! -")]
    public void Tokenize_NoWords_IsEmpty(string text)
    {
        Assert.Empty(Tokenizer.Tokenize(text));
    }

    [Fact]
    public void Tokenize_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Tokenizer.Tokenize(null!));
    }
}
