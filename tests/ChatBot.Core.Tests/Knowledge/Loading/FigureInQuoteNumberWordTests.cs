using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Tests.Knowledge.Loading;

/// <summary>What the quote checker takes as evidence for a figure written in words.</summary>
public sealed class FigureInQuoteNumberWordTests
{
    [Theory]
    [InlineData("Im Jahr 2019 investierte Microsoft eine Milliarde US-Dollar.", 1)]
    [InlineData("Microsoft invested a billion dollars in 2019.", 1)]
    [InlineData("Ein Drittel der Summe bleibt in Europa.", 1)]
    [InlineData("Acme spent one hundred million dollars.", 100)]
    [InlineData("Sie investieren zweiundachtzig Milliarden.", 82)]
    [InlineData("Es sind dreihundert Millionen Euro.", 300)]
    [InlineData("Acme spent eighty billion dollars.", 80)]
    [InlineData("Acme reaches twenty countries.", 20)]
    [InlineData("Zwei Drittel der Mittel fließen in Rechenzentren.", 2)]
    [InlineData("die Cluster sind zehnfach größer", 10)]
    public void NumbersIn_NumberWords_AreEvidence(string quote, int figure)
    {
        Assert.Contains(figure, FigureInQuote.NumbersIn(quote));
    }

    [Theory]
    [InlineData("Microsoft kündigte eine Investition in OpenAI an.")]
    [InlineData("Ein Paradebeispiel für diese Entwicklung ist Microsofts Investition.")]
    [InlineData("Acme signed a deal with an unnamed partner.")]
    [InlineData("Die Ausgaben steigen im ersten Quartal.")]
    [InlineData("Microsoft will noch einmal beschleunigen.")]
    public void NumbersIn_ArticleOrOrdinalWithoutACountedWord_IsNoEvidenceForOne(string quote)
    {
        Assert.DoesNotContain(1, FigureInQuote.NumbersIn(quote));
    }
}
