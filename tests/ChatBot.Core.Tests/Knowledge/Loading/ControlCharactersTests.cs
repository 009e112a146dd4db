using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Tests.Knowledge.Loading;

public class ControlCharactersTests
{
    [Theory]
    [InlineData('\u0000')]
    [InlineData('\u0007')]
    [InlineData('\u0008')]
    [InlineData('\u000b')]
    [InlineData('\u000c')]
    [InlineData('\u001b')]
    [InlineData('\u001f')]
    [InlineData('\u007f')]
    [InlineData('\u0080')]
    [InlineData('\u0085')]
    [InlineData('\u009f')]
    public void FirstIn_ControlCharacter_IsFound(char control)
    {
        Assert.Equal(control, ControlCharacters.FirstIn($"Acme{control} invests"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Acme invests $12 billion.")]
    [InlineData("line one\nline two\r\n\tindented")]
    [InlineData("no\u00a0break space, „Anführung“, 👍🏽 and \u200b")]
    [InlineData("\u0020~")]
    public void FirstIn_TextWithoutControls_IsNull(string text)
    {
        Assert.Null(ControlCharacters.FirstIn(text));
    }

    [Fact]
    public void FirstIn_SeveralControls_ReturnsTheFirst()
    {
        Assert.Equal('\u0007', ControlCharacters.FirstIn("a\tb\u0007c\u001bd"));
    }
}
