using ChatBot.Core.Ingest;

namespace ChatBot.Core.Tests.Ingest;

/// <summary>A sentence ending inside quotes (»…«, „…“, «…», ‚…‘, “…”) or brackets ends after them.</summary>
public sealed class ArticleSentencesQuoteTests
{
    [Theory]
    [InlineData("Er sagte: »Wir investieren 5 Mrd. Euro.« Dann kam Meta.", "Er sagte: »Wir investieren 5 Mrd. Euro.«", "Dann kam Meta.")]
    [InlineData("Er sagte: „Wir investieren 5 Mrd. Euro.“ Dann kam Meta.", "Er sagte: „Wir investieren 5 Mrd. Euro.“", "Dann kam Meta.")]
    [InlineData("Er sagte: «Wir investieren.» Dann kam Meta.", "Er sagte: «Wir investieren.»", "Dann kam Meta.")]
    [InlineData("Er sagte: ‚Wir investieren.‘ Dann kam Meta.", "Er sagte: ‚Wir investieren.‘", "Dann kam Meta.")]
    [InlineData("He said: “We invest $5bn.” Then Meta came.", "He said: “We invest $5bn.”", "Then Meta came.")]
    [InlineData("Er fragte: »Wie viel?« Dann kam Meta.", "Er fragte: »Wie viel?«", "Dann kam Meta.")]
    [InlineData("»Wir investieren.« »Dann kam Meta.«", "»Wir investieren.«", "»Dann kam Meta.«")]
    [InlineData("„Wir investieren.“ „Dann kam Meta.“", "„Wir investieren.“", "„Dann kam Meta.“")]
    [InlineData("Acme zahlt 5 Mrd. Euro. »Dann kam Meta.«", "Acme zahlt 5 Mrd. Euro.", "»Dann kam Meta.«")]
    [InlineData("Er sagte: »Das reicht nicht.«) Dann kam Meta.", "Er sagte: »Das reicht nicht.«)", "Dann kam Meta.")]
    [InlineData("Er sagte: »Wir zahlen 5 Mrd.« Dann kam Meta.", "Er sagte: »Wir zahlen 5 Mrd.«", "Dann kam Meta.")]
    [InlineData("Acme zahlt 5 Mrd. Euro (Stand 2024.) Dann kam Meta.", "Acme zahlt 5 Mrd. Euro (Stand 2024.)", "Dann kam Meta.")]
    public void Sentences_SentenceEndingInQuotes_EndsAfterTheClosingQuote(string paragraph, string first, string second)
    {
        Assert.Equal([first, second], ArticleSentences.Sentences(paragraph));
    }

    [Theory]
    [InlineData("Er nannte das »entscheidend.« und ging.")]
    [InlineData("Acme zahlt 5 Mrd. »Euro« an Meta.")]
    [InlineData("Acme zahlt 5 Mrd. „Euro“ an Meta.")]
    [InlineData("Der Konzern (Alphabet Inc.) Aktien im Wert von 5 Mrd. Dollar.")]
    [InlineData("Acme zahlt 5 Mrd. (ca.) Euro an Meta.")]
    public void Sentences_QuoteInsideASentence_DoesNotSplitIt(string paragraph)
    {
        Assert.Equal([paragraph], ArticleSentences.Sentences(paragraph));
    }
}
