using System.Text.RegularExpressions;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Ingest;

/// <summary>Tells German from English articles by their commonest words; null when the text is neither.</summary>
public static class ArticleLanguage
{
    private static readonly Regex Word = new(@"\p{L}+", RegexOptions.Compiled);

    private static readonly HashSet<string> German = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "und", "ist", "nicht", "mit", "für", "den", "von", "zu", "im", "auf", "eine", "sich", "des", "dem", "auch",
    };

    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "to", "is", "for", "with", "that", "on", "as", "by", "are", "was", "its", "it", "be", "has", "this",
    };

    private const int SampleWords = 10_000;

    public static Language? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int german = 0, english = 0, words = 0;
        foreach (Match word in Word.Matches(text))
        {
            // Ten thousand words tell the language as well as a whole 5 MB page does.
            if (++words > SampleWords)
            {
                words = SampleWords;
                break;
            }

            german += German.Contains(word.Value) ? 1 : 0;
            english += English.Contains(word.Value) ? 1 : 0;
        }

        // Running text in either language has well over one marker word in twenty.
        var threshold = Math.Max(2, words / 20);
        return german < threshold && english < threshold ? null : german >= english ? Language.German : Language.English;
    }
}
