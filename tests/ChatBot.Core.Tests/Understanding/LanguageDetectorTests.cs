using ChatBot.Core.Knowledge;
using ChatBot.Core.Text;
using ChatBot.Core.Understanding;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Tests.Understanding;

public class LanguageDetectorTests
{
    private static Language Detect(string text) =>
        LanguageDetector.Detect(text, Tokenizer.Tokenize(TextFolding.Fold(text)), VocabularyIndex.Default);

    [Theory]
    [InlineData("wie viel", "de")]
    [InlineData("wie", "de")]
    [InlineData("how much", "en")]
    [InlineData("how", "en")]
    [InlineData("acme zorblax", "en")]
    [InlineData("", "en")]
    public void Detect_MoreMarkersOfALanguage_IsThatLanguage(string text, string expected)
    {
        Assert.Equal((Language)expected, Detect(text));
    }

    [Fact]
    public void Detect_Tie_IsTheFallbackLanguage()
    {
        // English is the default table's fallback: "wie" and "how" weigh the same.
        Assert.Equal(Language.English, Detect("wie how"));
    }

    [Theory]
    [InlineData("Acme Größe", "de")]
    [InlineData("Acme ä how", "de")]
    [InlineData("Acme ß how much", "en")]
    [InlineData("Acme ü how much and", "en")]
    public void Detect_DistinctiveLetter_CountsAsTwoMarkers(string text, string expected)
    {
        Assert.Equal((Language)expected, Detect(text));
    }

    [Fact]
    public void Detect_DistinctiveLetterOnlyInTheFoldedTokens_IsNoEvidence()
    {
        // The letters are looked for in the original text, so folded "groesse" alone is no evidence.
        Assert.Equal(Language.English, LanguageDetector.Detect("Acme", ["acme", "groesse"], VocabularyIndex.Default));
    }
}
