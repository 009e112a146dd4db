using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

public sealed class ArticleLanguageTests
{
    public static TheoryData<string> GermanMarkers => new()
    {
        "der", "die", "das", "und", "ist", "nicht", "mit", "für", "den", "von", "zu", "im", "auf", "eine", "sich", "des", "dem", "auch",
    };

    public static TheoryData<string> EnglishMarkers => new()
    {
        "the", "and", "of", "to", "is", "for", "with", "that", "on", "as", "by", "are", "was", "its", "it", "be", "has", "this",
    };

    [Theory]
    [MemberData(nameof(GermanMarkers))]
    public void Detect_GermanMarkerWordTwice_IsGerman(string word)
    {
        Assert.Equal(Language.German, ArticleLanguage.Detect($"{word} {word}"));
    }

    [Theory]
    [MemberData(nameof(EnglishMarkers))]
    public void Detect_EnglishMarkerWordTwice_IsEnglish(string word)
    {
        Assert.Equal(Language.English, ArticleLanguage.Detect($"{word} {word}"));
    }

    [Fact]
    public void Detect_MarkerWordsInCapitals_AreStillRecognised()
    {
        Assert.Equal(Language.English, ArticleLanguage.Detect("THE The"));
    }

    [Theory]
    [InlineData("der")]
    [InlineData("Xylofon Quarz")]
    [InlineData("")]
    public void Detect_FewerThanTwoMarkerWords_IsNull(string text)
    {
        Assert.Null(ArticleLanguage.Detect(text));
    }

    [Fact]
    public void Detect_AsManyGermanAsEnglishMarkers_IsGerman()
    {
        Assert.Equal(Language.German, ArticleLanguage.Detect("der the und and"));
    }

    [Fact]
    public void Detect_MoreEnglishThanGermanMarkers_IsEnglish()
    {
        Assert.Equal(Language.English, ArticleLanguage.Detect("der the and of"));
    }

    [Fact]
    public void Detect_OneMarkerInTwentyWords_IsTheLanguage()
    {
        // 60 words with 3 markers: exactly the one-in-twenty threshold.
        Assert.Equal(Language.German, ArticleLanguage.Detect(Filler(57) + " der die das"));
    }

    [Fact]
    public void Detect_FewerThanOneMarkerInTwentyWords_IsNull()
    {
        // 80 words with 3 markers: below the threshold, so a French text with a stray "die" is not German.
        Assert.Null(ArticleLanguage.Detect(Filler(77) + " der die das"));
    }

    [Fact]
    public void Detect_MarkersOnlyAfterTheFirstTenThousandWords_AreNotRead()
    {
        Assert.Null(ArticleLanguage.Detect(Filler(10_000) + " " + string.Join(' ', Enumerable.Repeat("der", 2_000))));
    }

    [Fact]
    public void Detect_TenThousandWordsEndingInMarkers_ReadsTheLastOfThem()
    {
        // 500 markers in exactly 10,000 words reach the threshold only if the 10,000th word is read too.
        Assert.Equal(Language.German, ArticleLanguage.Detect(Filler(9_500) + " " + string.Join(' ', Enumerable.Repeat("der", 500))));
    }

    private static string Filler(int words) => string.Join(' ', Enumerable.Repeat("quarz", words));
}
