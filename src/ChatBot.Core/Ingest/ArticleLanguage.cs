using System.Text.RegularExpressions;
using ChatBot.Core.Ingest.Vocabulary;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Ingest;

/// <summary>Tells an article's language by its commonest words (<see cref="IIngestVocabulary.Markers"/>); null when it is in none of them.</summary>
public static class ArticleLanguage
{
    private static readonly Regex Word = new(@"\p{L}+", RegexOptions.Compiled);

    private const int SampleWords = 10_000;

    public static Language? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var markers = IngestWords.Default.Markers;
        Span<int> counts = stackalloc int[markers.Count];
        var words = 0;
        foreach (Match word in Word.Matches(text))
        {
            // Ten thousand words tell the language as well as a whole 5 MB page does.
            if (++words > SampleWords)
            {
                words = SampleWords;
                break;
            }

            for (var i = 0; i < markers.Count; i++)
            {
                counts[i] += markers[i].Words.Contains(word.Value) ? 1 : 0;
            }
        }

        // Running text in either language has well over one marker word in twenty; on a tie the first language wins.
        var threshold = Math.Max(2, words / 20);
        var best = -1;
        for (var i = 0; i < markers.Count; i++)
        {
            if (counts[i] >= threshold && (best < 0 || counts[i] > counts[best]))
            {
                best = i;
            }
        }

        return best < 0 ? null : markers[best].Language;
    }
}
