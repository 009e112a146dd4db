using ChatBot.Core.Ingest.Vocabulary;
using ChatBot.Core.Text;

namespace ChatBot.Core.Ingest;

/// <summary>
/// The cues (words of every language, see <see cref="IIngestVocabulary"/>) that tell who a figure belongs to: partners acting jointly, a company
/// referred back to, money coming from a contributor, and a speaker giving an estimate.
/// </summary>
internal static class AttributionCues
{
    private static IngestWords Words => IngestWords.Default;

    /// <summary>Whether a sentence's figure is a part of the figure before it ("Über die Hälfte dieser Summe …").</summary>
    public static bool RefersToEarlierFigure(string sentence) => ContainsWord(Fold(sentence), Words.BackReferences);

    public static bool HasJointCue(string sentence) => ContainsWord(Fold(sentence), Words.Joint);

    /// <summary>Whether the text before the figure refers back to a company ("Das Unternehmen investiert …").</summary>
    public static bool HasAnaphor(string textBeforeFigure) => ContainsWord(Fold(textBeforeFigure), Words.Anaphors);

    /// <summary>
    /// Whether a mention is where money comes from ("20 Mrd. sollen von der Investmentfirma Brookfield stammen"):
    /// "von"/"aus"/"from" among the four words before it, in a sentence saying money comes or flows.
    /// </summary>
    public static bool IsContributor(string sentence, KnownMention mention)
    {
        var folded = Fold(sentence);
        if (!Words.ComeVerbs.Any(verb => folded.Contains(verb, StringComparison.Ordinal)))
        {
            return false;
        }

        var before = Tokenizer.Tokenize(TextFolding.Fold(sentence[..mention.Start]));
        return before.Skip(Math.Max(0, before.Count - 4)).Any(Words.FromWords.Contains);
    }

    /// <summary>Whether a speaking verb follows a mention within a few words ("Jensen Huang schätzt, dass …").</summary>
    public static bool IsSpeaker(string sentence, KnownMention mention)
    {
        var after = Tokenizer.Tokenize(TextFolding.Fold(sentence[mention.End..]));
        return after.Take(3).Any(Words.SpeakerVerbs.Contains);
    }

    private static string Fold(string text) => " " + string.Join(' ', Tokenizer.Tokenize(TextFolding.Fold(text))) + " ";

    private static bool ContainsWord(string folded, IReadOnlyList<string> phrases) =>
        phrases.Any(phrase => folded.Contains(" " + phrase + " ", StringComparison.Ordinal));
}
