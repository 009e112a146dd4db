using ChatBot.Core.Ingest;

namespace ChatBot.Core.Tests.Ingest;

public sealed class ArticleSentencesTests
{
    [Fact]
    public void Paragraphs_LinesOfText_AreTheNonEmptyLinesInOrder()
    {
        Assert.Equal(["Erster Absatz.", "Zweiter Absatz.", "Dritter."], ArticleSentences.Paragraphs("Erster Absatz.\r\n\r\nZweiter Absatz.\n   \nDritter."));
    }

    [Theory]
    [InlineData("  Eingerückt bleibt.", "Eingerückt bleibt.")]
    [InlineData("Am Ende Leerraum.\t ", "Am Ende Leerraum.")]
    [InlineData("Zwei  Leerzeichen.", "Zwei Leerzeichen.")]
    [InlineData("Ein\tTabulator.", "Ein Tabulator.")]
    [InlineData("Ein\u00a0geschütztes Leerzeichen.", "Ein geschütztes Leerzeichen.")]
    [InlineData("Schon richtig getrennt.", "Schon richtig getrennt.")]
    [InlineData("x", "x")]
    public void Paragraphs_Whitespace_IsCollapsedAndTrimmed(string line, string expected)
    {
        Assert.Equal([expected], ArticleSentences.Paragraphs(line));
    }

    [Fact]
    public void Paragraphs_RepeatedParagraph_IsKeptOnce()
    {
        Assert.Equal(["Eins.", "Zwei."], ArticleSentences.Paragraphs("Eins.\nZwei.\nEins.\n  Zwei. "));
    }

    [Fact]
    public void Paragraphs_CaptionWithoutItsCreditRightAfterIt_IsDropped()
    {
        var text = "Ein Rechenzentrum in Texas. Foto: Agentur\nEin Rechenzentrum in Texas.\nDanach.";

        Assert.Equal(["Ein Rechenzentrum in Texas. Foto: Agentur", "Danach."], ArticleSentences.Paragraphs(text));
    }

    [Fact]
    public void Paragraphs_PrefixOfAParagraphFourBack_IsKept()
    {
        var text = "Ein Rechenzentrum in Texas. Foto: Agentur\nA.\nB.\nC.\nEin Rechenzentrum in Texas.";

        Assert.Equal(5, ArticleSentences.Paragraphs(text).Count);
    }

    [Fact]
    public void Paragraphs_PrefixOfAParagraphThreeBack_IsDropped()
    {
        var text = "Ein Rechenzentrum in Texas. Foto: Agentur\nA.\nB.\nEin Rechenzentrum in Texas.";

        Assert.Equal(3, ArticleSentences.Paragraphs(text).Count);
    }

    [Fact]
    public void Sentences_Paragraph_SplitsAtSentenceEnds()
    {
        Assert.Equal(
            ["Microsoft investiert.", "Amazon auch!", "Und Meta?", "2025 folgt Google.", "„Gut“, sagt er.", "(Nachtrag) Ende"],
            ArticleSentences.Sentences("Microsoft investiert. Amazon auch! Und Meta? 2025 folgt Google. „Gut“, sagt er. (Nachtrag) Ende"));
    }

    [Theory]
    [InlineData("Er sagte: „Wir investieren.“ Dann ging er.", "Er sagte: „Wir investieren.“", "Dann ging er.")]
    [InlineData("He said: \"We invest.\" Then he left.", "He said: \"We invest.\"", "Then he left.")]
    [InlineData("Er sagte: «Wir investieren.» Dann ging er.", "Er sagte: «Wir investieren.»", "Dann ging er.")]
    public void Sentences_ClosingQuoteAfterTheEnd_StaysWithTheSentence(string paragraph, string first, string second)
    {
        Assert.Equal([first, second], ArticleSentences.Sentences(paragraph));
    }

    [Theory]
    [InlineData("Microsoft investiert. ein kleiner Anfang.")]
    [InlineData("Microsoft investiert.Amazon auch.")]
    [InlineData("Rund 80 Mrd. Dollar.")]
    public void Sentences_NoBoundary_IsOneSentence(string paragraph)
    {
        Assert.Equal([paragraph], ArticleSentences.Sentences(paragraph));
    }

    public static TheoryData<string> Abbreviations => new()
    {
        "Mrd.", "Mio.", "bzw.", "z.", "B.", "u.", "a.", "ca.", "Nr.", "Dr.", "Prof.", "St.", "vs.", "Inc.", "Corp.", "Ltd.",
        "Co.", "Mr.", "Mrs.", "Ms.", "etc.", "U.S.", "e.", "v.", "d.", "h.", "Jan.", "Feb.", "Okt.", "Dez.", "Sept.", "No.",
    };

    [Theory]
    [MemberData(nameof(Abbreviations))]
    public void Sentences_PeriodOfAnAbbreviation_DoesNotEndTheSentence(string abbreviation)
    {
        var paragraph = $"Es geht um {abbreviation} Zentix und mehr. Danach kommt mehr.";

        Assert.Equal([$"Es geht um {abbreviation} Zentix und mehr.", "Danach kommt mehr."], ArticleSentences.Sentences(paragraph));
    }

    [Theory]
    [InlineData("Am 1. August beginnt es.")]
    [InlineData("Am 12. August beginnt es.")]
    public void Sentences_OrdinalNumber_DoesNotEndTheSentence(string paragraph)
    {
        Assert.Equal([paragraph], ArticleSentences.Sentences(paragraph));
    }

    [Fact]
    public void Sentences_YearAtTheEnd_EndsTheSentence()
    {
        Assert.Equal(["Es begann 2025.", "Danach wuchs es."], ArticleSentences.Sentences("Es begann 2025. Danach wuchs es."));
    }

    [Theory]
    [InlineData("Zum 100.", "Jubiläum kommt es.")]
    [InlineData("Das ist Deco.", "Dann mehr.")]
    [InlineData("Er sagt Ja.", "Dann mehr.")]
    public void Sentences_WordThatIsNoAbbreviationNorShortOrdinal_EndsTheSentence(string first, string second)
    {
        Assert.Equal([first, second], ArticleSentences.Sentences($"{first} {second}"));
    }
}
