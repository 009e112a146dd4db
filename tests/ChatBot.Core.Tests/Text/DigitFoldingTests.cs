using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Text;

public class DigitFoldingTests
{
    [Theory]
    [InlineData("２０２５", "2025")]
    [InlineData("Meta ٣ Mrd.", "Meta 3 Mrd.")]
    [InlineData("२०२५ und 2024", "2025 und 2024")]
    [InlineData("x９", "x9")]
    [InlineData("٣ März 2025", "3 März 2025")]
    public void ToAscii_NonAsciiDigits_BecomeAsciiDigits(string text, string expected)
    {
        Assert.Equal(expected, DigitFolding.ToAscii(text));
    }

    [Theory]
    [InlineData("2025 Geschäftsjahr")]
    [InlineData("")]
    [InlineData("½ Ⅻ")]
    public void ToAscii_NoNonAsciiDecimalDigits_ReturnsTheSameText(string text)
    {
        Assert.Same(text, DigitFolding.ToAscii(text));
    }

    [Fact]
    public void ToAscii_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DigitFolding.ToAscii(null!));
    }
}
