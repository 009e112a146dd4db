using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>
/// The answer wording platforms need around an <see cref="Answer"/> (section labels, source lines, quotation marks),
/// taken from the default phrase book of the answer's language so every platform says it the same way.
/// </summary>
public static class AnswerLabels
{
    public static string Sources(Language language) => Phrases(language).SourcesLabel;

    public static string Note(Language language) => Phrases(language).NoteLabel;

    public static string PublisherUnknown(Language language) => Phrases(language).PublisherUnknown;

    public static string Untitled(Language language) => Phrases(language).Untitled;

    /// <summary>"„Title“ – Publisher", with honest placeholders where the article does not say.</summary>
    public static string SourceLine(Source source, Language language)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Phrases(language).SourceLine(source);
    }

    /// <summary>The text in the language's quotation marks.</summary>
    public static string Quoted(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Phrases(language).Quoted(text);
    }

    private static AnswerPhrases Phrases(Language language) => PhraseBooks.Default.For(language).Answers;
}
