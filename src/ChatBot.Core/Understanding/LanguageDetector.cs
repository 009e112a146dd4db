using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Understanding;

/// <summary>Decides between German and English from marker words and umlauts; English when undecided.</summary>
internal static class LanguageDetector
{
    public static Language Detect(string originalText, IReadOnlyList<string> foldedTokens)
    {
        var german = 0;
        var english = 0;
        foreach (var token in foldedTokens)
        {
            german += Lexicon.GermanMarkers.Contains(token) ? 1 : 0;
            english += Lexicon.EnglishMarkers.Contains(token) ? 1 : 0;
        }

        if (originalText.AsSpan().IndexOfAny("äöüÄÖÜß") >= 0)
        {
            german += 2;
        }

        return german > english ? Language.German : Language.English;
    }
}
