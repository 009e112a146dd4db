using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge;

public class QuoteCheckerTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.Load(KnowledgeYaml.With(KnowledgeYaml.ValidFact), "k.yaml").Knowledge!;

    [Fact]
    public void Check_QuoteVerbatimWithDifferentWhitespace_NoMismatch()
    {
        var article = "Titel\n\nAcme will 2025   rund 12\nMilliarden Dollar investieren. Mehr Text.";

        Assert.Empty(QuoteChecker.Check(Knowledge, _ => article));
    }

    [Fact]
    public void Check_QuoteWithTypographicQuotesInArticle_NoMismatch()
    {
        var knowledge = KnowledgeLoader.Load(
            KnowledgeYaml.With(KnowledgeYaml.ValidFact.Replace("\"Acme will 2025 rund 12 Milliarden Dollar investieren.\"", "'Acme nennt 2025 \"entscheidend\" und will rund 12 Milliarden Dollar investieren.'", StringComparison.Ordinal)),
            "k.yaml").Knowledge!;

        Assert.Empty(QuoteChecker.Check(knowledge, _ => "Acme nennt 2025 „entscheidend“ und will rund 12 Milliarden Dollar investieren."));
    }

    [Fact]
    public void Check_QuoteAltered_ReportsFactAndWhereItDiffers()
    {
        var mismatch = Assert.Single(QuoteChecker.Check(Knowledge, _ => "Acme will 2025 rund 15 Milliarden Dollar investieren."));

        Assert.Equal("acme-2025", mismatch.FactId);
        Assert.Contains("not verbatim in 'acme.txt'", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("differs at", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ArticleMissing_ReportsFile()
    {
        var mismatch = Assert.Single(QuoteChecker.Check(Knowledge, _ => null));

        Assert.Contains("'acme.txt'", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("not found", mismatch.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tesla hat 2024 etwa fünf Milliarden Dollar investiert.", 5)]
    [InlineData("zwischen drei und vier Billionen US-Dollar", 3)]
    [InlineData("zwischen drei und vier Billionen US-Dollar", 4)]
    [InlineData("Servercluster, die sechs- bis zehnmal größer sind", 10)]
    [InlineData("Im Jahr 2019 investierte Microsoft eine Milliarde US-Dollar", 1)]
    [InlineData("über 1.000 Organisationen", 1000)]
    [InlineData("Wachstum von Azure um 39 %", 39)]
    [InlineData("Über die Hälfte dieser Summe", 50)]
    [InlineData("a 1.5 billion deal", 1.5)]
    public void NumbersIn_DigitsAndNumberWords_AreFound(string text, double expected)
    {
        Assert.Contains((decimal)expected, FigureInQuote.NumbersIn(text));
    }

    [Theory]
    [InlineData("Der Einsatz von Modellen wird unterstützt.", 1)]
    [InlineData("Acht Punkte", 80)]
    public void NumbersIn_WordsThatOnlyContainNumberWords_AreNotNumbers(string text, double absent)
    {
        Assert.DoesNotContain((decimal)absent, FigureInQuote.NumbersIn(text));
    }
}
