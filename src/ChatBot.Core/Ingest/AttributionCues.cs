using ChatBot.Core.Text;

namespace ChatBot.Core.Ingest;

/// <summary>
/// The words (folded, German and English) that tell who a figure belongs to: partners acting jointly, a company
/// referred back to, money coming from a contributor, and a speaker giving an estimate.
/// </summary>
internal static class AttributionCues
{
    private static readonly string[] Joint =
        ["gemeinsam", "zusammen", "konsortium", "gemeinschaftsunternehmen", "joint", "jointly", "together", "consortium"];

    // "das Unternehmen", "der Konzern", "the company", "er"/"he": the sentence's actor is one named before.
    private static readonly string[] Anaphors =
        ["das unternehmen", "der konzern", "die firma", "der tech konzern", "der techkonzern", "er", "the company", "the firm", "the tech giant", "the group", "he", "she"];

    private static readonly string[] BackReferences =
        ["dieser summe", "dieser ausgaben", "dieses betrags", "dieser investitionen", "davon", "this sum", "this amount", "of this", "of that", "of which", "this spending", "these investments"];

    private static readonly HashSet<string> FromWords = new(StringComparer.Ordinal) { "von", "vom", "aus", "from" };

    private static readonly string[] ComeVerbs =
        ["stamm", "kommen", "kommt", "fliessen", "fliesst", "come from", "comes from", "coming from", "flow from", "flows from", "provided by"];

    private static readonly string[] SpeakerVerbs =
        ["schaetzt", "schaetzen", "prognostiziert", "erwartet", "rechnet", "estimates", "estimated", "expects", "forecasts", "predicts", "projects"];

    /// <summary>Whether a sentence's figure is a part of the figure before it ("Über die Hälfte dieser Summe …").</summary>
    public static bool RefersToEarlierFigure(string sentence) => ContainsWord(Fold(sentence), BackReferences);

    public static bool HasJointCue(string sentence) => ContainsWord(Fold(sentence), Joint);

    /// <summary>Whether the text before the figure refers back to a company ("Das Unternehmen investiert …").</summary>
    public static bool HasAnaphor(string textBeforeFigure) => ContainsWord(Fold(textBeforeFigure), Anaphors);

    /// <summary>
    /// Whether a mention is where money comes from ("20 Mrd. sollen von der Investmentfirma Brookfield stammen"):
    /// "von"/"aus"/"from" among the four words before it, in a sentence saying money comes or flows.
    /// </summary>
    public static bool IsContributor(string sentence, KnownMention mention)
    {
        var folded = Fold(sentence);
        if (!ComeVerbs.Any(verb => folded.Contains(verb, StringComparison.Ordinal)))
        {
            return false;
        }

        var before = Tokenizer.Tokenize(TextFolding.Fold(sentence[..mention.Start]));
        return before.Skip(Math.Max(0, before.Count - 4)).Any(FromWords.Contains);
    }

    /// <summary>Whether a speaking verb follows a mention within a few words ("Jensen Huang schätzt, dass …").</summary>
    public static bool IsSpeaker(string sentence, KnownMention mention)
    {
        var after = Tokenizer.Tokenize(TextFolding.Fold(sentence[mention.End..]));
        return after.Take(3).Any(word => SpeakerVerbs.Contains(word, StringComparer.Ordinal));
    }

    private static string Fold(string text) => " " + string.Join(' ', Tokenizer.Tokenize(TextFolding.Fold(text))) + " ";

    private static bool ContainsWord(string folded, string[] phrases) =>
        phrases.Any(phrase => folded.Contains(" " + phrase + " ", StringComparison.Ordinal));
}
