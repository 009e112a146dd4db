using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

/// <summary>Amounts written as part of a noun phrase: after an article and a currency sign, or as a German hyphenated compound.</summary>
public sealed class FigureScannerPhrasingTests
{
    [Theory]
    [InlineData("Siemens signed a €7 billion deal with the state.", "en", 7, "EUR", Scale.Billion)]
    [InlineData("It is a $100 billion project.", "en", 100, "USD", Scale.Billion)]
    [InlineData("Acme raised an £80bn fund.", "en", 80, "GBP", Scale.Billion)]
    [InlineData("SoftBank launched a US$5 billion fund.", "en", 5, "USD", Scale.Billion)]
    [InlineData("Acme agreed a €7bn deal and a €3bn loan.", "en", 7, "EUR", Scale.Billion)]
    [InlineData("the $500-billion Stargate project", "en", 500, "USD", Scale.Billion)]
    [InlineData("Siemens schloss einen 7-Milliarden-Euro-Deal ab.", "de", 7, "EUR", Scale.Billion)]
    [InlineData("Das Unternehmen kündigte eine 7-Milliarden-Euro-Investition an.", "de", 7, "EUR", Scale.Billion)]
    [InlineData("Amazon plant ein 100-Milliarden-Dollar-Projekt in Deutschland.", "de", 100, "USD", Scale.Billion)]
    [InlineData("Der Bund legt ein 2,5-Milliarden-Euro-Paket auf.", "de", 2.5, "EUR", Scale.Billion)]
    [InlineData("Es ist eine 1,5-Billionen-Dollar-Wette auf KI.", "de", 1.5, "USD", Scale.Trillion)]
    [InlineData("Ein 30-Millionen-Euro-Programm startet.", "de", 30, "EUR", Scale.Million)]
    [InlineData("Siemens investiert 7 Mrd. € 2025 in KI.", "de", 7, "EUR", Scale.Billion)]
    public void Scan_AmountInsideANounPhrase_ReadsTheAmount(string sentence, string code, decimal value, string currency, Scale scale)
    {
        var figure = FigureScanner.Scan(sentence, new Language(code), null)[0];

        Assert.Equal(new Amount(value, value, Unit.Money, currency, scale, Qualifier.Exact), figure.Amount);
        Assert.False(figure.CurrencyInferred);
    }

    [Theory]
    [InlineData("Acme agreed a €7bn deal and a €3bn loan.", 2)]
    [InlineData("Siemens signed a €7 billion deal with the state.", 1)]
    [InlineData("Ein 10-Jahres-Plan und eine 2-Prozent-Hürde.", 1)]
    public void Scan_ArticleBeforeASign_IsNoFigureOfItsOwn(string sentence, int figures)
    {
        Assert.Equal(figures, FigureScanner.Scan(sentence, Language.English, null).Count);
    }

    [Theory]
    [InlineData("Zwei Drittel der Mittel fließen in Rechenzentren.", "de", 66.67)]
    [InlineData("Two-thirds of the budget goes to data centres.", "en", 66.67)]
    [InlineData("Ein Viertel der Summe bleibt in Europa.", "de", 25)]
    [InlineData("Über die Hälfte dieser Summe bleibt in den USA.", "de", 50)]
    public void Scan_CountedShare_IsThePercentOfTheCount(string sentence, string code, decimal percent)
    {
        var figure = Assert.Single(FigureScanner.Scan(sentence, new Language(code), null));

        Assert.Equal((percent, Unit.Percent), (figure.Amount.Min, figure.Amount.Unit));
    }

    [Theory]
    [InlineData("Jassy erwartet eine Entspannung erst in der zweiten Hälfte von 2025.", "de")]
    [InlineData("Demand should ease in the second half of 2025.", "en")]
    [InlineData("Die erste Hälfte des Jahres war schwach.", "de")]
    public void Scan_ShareAfterAnOrdinal_IsAPeriodNoShare(string sentence, string code)
    {
        Assert.Empty(FigureScanner.Scan(sentence, new Language(code), null));
    }

    [Fact]
    public void Extract_ArticleWithAnAmountAfterAnArticle_ProposesIt()
    {
        const string article = """
            Siemens expands in Germany

            Siemens signed a €7 billion deal with the state of Bavaria for new data centres. The company said the work will start this year.
            """;

        var result = ArticleExtractor.Extract(article, new ExtractionOptions("test-en"), null);

        var fact = Assert.Single(result.Facts);
        Assert.Equal(new Amount(7, 7, Unit.Money, "EUR", Scale.Billion, Qualifier.Exact), fact.Amount);
        Assert.Equal(FactKind.Deal, fact.Kind);
    }
}
