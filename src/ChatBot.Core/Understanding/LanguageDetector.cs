using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Decides the answer language from each vocabulary's marker words and distinctive letters (one such letter counts
/// as two words); the table's fallback language wins a tie.
/// </summary>
internal static class LanguageDetector
{
    public static Language Detect(string originalText, IReadOnlyList<string> foldedTokens, VocabularyIndex words)
    {
        var best = words.Fallback;
        var bestScore = -1;
        foreach (var evidence in words.Detection)
        {
            var score = 0;
            foreach (var token in foldedTokens)
            {
                score += evidence.Markers.Contains(token) ? 1 : 0;
            }

            if (evidence.DistinctiveLetters.Length > 0 && originalText.AsSpan().IndexOfAny(evidence.DistinctiveLetters) >= 0)
            {
                score += 2;
            }

            // Detection lists the fallback first, so a later language needs more evidence, not as much.
            if (score > bestScore)
            {
                best = evidence.Language;
                bestScore = score;
            }
        }

        return best;
    }
}
