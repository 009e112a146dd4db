using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Text;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Geschäftsjahr", "geschaeftsjahr")]
    [InlineData("ÖL ÜBER", "oel ueber")]
    [InlineData("Straße", "strasse")]
    [InlineData("Amazon’s `quote´ ‘x’", "amazon's 'quote' 'x'")]
    [InlineData("2024–2025 — a‑b ‐c", "2024-2025 - a-b -c")]
    [InlineData("100\u00A0Mrd.", "100 mrd.")]
    [InlineData("ABC xyz 123", "abc xyz 123")]
    [InlineData("e\u0301", "e")]
    [InlineData("", "")]
    public void Fold_Text_IsLowerCasedWithUmlautsSpelledOutAndPunctuationMadePlain(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(text));
    }

    [Theory]
    [InlineData("Société Générale", "societe generale")]
    [InlineData("Nestlé", "nestle")]
    [InlineData("ÉLYSÉE", "elysee")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Ørsted", "orsted")]
    [InlineData("Čapek Señor Façade", "capek senor facade")]
    [InlineData("Œuvre", "oeuvre")]
    public void Fold_AccentedLatinLetters_MeetTheirPlainSpelling(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(text));
    }

    [Fact]
    public void Fold_NonLatinLetters_AreKept()
    {
        Assert.Equal("北京 δ", TextFolding.Fold("北京 Δ"));
    }

    [Theory]
    [InlineData("  Acme   will \n\t investieren  ", "Acme will investieren")]
    [InlineData("„Zitat“ und «Guillemets» und “quotes”", "\"Zitat\" und \"Guillemets\" und \"quotes\"")]
    [InlineData("‚einfach‘ und ’apostroph’", "'einfach' und 'apostroph'")]
    [InlineData("Geschäftsjahr", "Geschäftsjahr")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void NormalizeForQuote_Text_CollapsesWhitespaceAndUnifiesQuotesButKeepsCase(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.NormalizeForQuote(text));
    }

    [Fact]
    public void FoldAndNormalize_Null_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => TextFolding.Fold(null!));
        Assert.Throws<ArgumentNullException>(() => TextFolding.NormalizeForQuote(null!));
    }
}
