using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

/// <summary>
/// Every word the figure scanner knows, each in a sentence of its own: currencies, scales, units, qualifiers,
/// number words and the words that let a bare scale stand for money.
/// </summary>
public sealed class FigureScannerVocabularyTests
{
    [Theory]
    [InlineData("Acme zahlt $5 Milliarden.", "USD")]
    [InlineData("Acme zahlt US$5 Milliarden.", "USD")]
    [InlineData("Acme zahlt 5 Milliarden USD.", "USD")]
    [InlineData("Acme zahlt 5 Milliarden Dollar.", "USD")]
    [InlineData("Acme zahlt 5 Milliarden Dollars.", "USD")]
    [InlineData("Acme zahlt 5 Milliarden US-Dollar.", "USD")]
    [InlineData("Acme zahlt 5 Milliarden US-Dollars.", "USD")]
    [InlineData("Acme zahlt €5 Milliarden.", "EUR")]
    [InlineData("Acme zahlt 5 Milliarden €.", "EUR")]
    [InlineData("Acme zahlt 5 Milliarden EUR.", "EUR")]
    [InlineData("Acme zahlt 5 Milliarden Euro.", "EUR")]
    [InlineData("Acme zahlt 5 Milliarden Euros.", "EUR")]
    [InlineData("Acme zahlt £5 Milliarden.", "GBP")]
    [InlineData("Acme zahlt 5 Milliarden GBP.", "GBP")]
    [InlineData("Acme zahlt 5 Milliarden Pfund.", "GBP")]
    [InlineData("Acme zahlt 5 Milliarden pound.", "GBP")]
    [InlineData("Acme zahlt 5 Milliarden pounds.", "GBP")]
    [InlineData("Acme zahlt 5 Milliarden $.", "USD")]
    [InlineData("Acme zahlt 5 Milliarden £.", "GBP")]
    public void Scan_CurrencyWord_IsTheAmountsCurrency(string sentence, string currency)
    {
        var figure = Assert.Single(FigureScanner.Scan(sentence, Language.German, null));

        Assert.Equal(new Amount(5, 5, Unit.Money, currency, Scale.Billion, Qualifier.Exact), figure.Amount);
    }

    [Theory]
    [InlineData("Acme zahlt 5 Milliarden Euro.", "de", Scale.Billion)]
    [InlineData("Acme zahlt 5 Milliarde Euro.", "de", Scale.Billion)]
    [InlineData("Acme zahlt 5 Mrd. Euro.", "de", Scale.Billion)]
    [InlineData("Acme zahlt 5 Mrd Euro.", "de", Scale.Billion)]
    [InlineData("Acme zahlt 5 Billionen Euro.", "de", Scale.Trillion)]
    [InlineData("Acme zahlt 5 Billion Euro.", "de", Scale.Trillion)]
    [InlineData("Acme zahlt 5 billion Euro.", "de", Scale.Billion)]
    [InlineData("Acme zahlt 5 Billions Euro.", "de", Scale.Billion)]
    [InlineData("Acme zahlt 5 Millionen Euro.", "de", Scale.Million)]
    [InlineData("Acme zahlt 5 Million Euro.", "de", Scale.Million)]
    [InlineData("Acme zahlt 5 Mio. Euro.", "de", Scale.Million)]
    [InlineData("Acme zahlt 5 Mio Euro.", "de", Scale.Million)]
    [InlineData("Acme zahlt 5 Tausend Euro.", "de", Scale.Thousand)]
    [InlineData("Acme pays 5 billion euros.", "en", Scale.Billion)]
    [InlineData("Acme pays 5 Billion euros.", "en", Scale.Billion)]
    [InlineData("Acme pays €5 billions.", "en", Scale.Billion)]
    [InlineData("Acme pays 5 trillion euros.", "en", Scale.Trillion)]
    [InlineData("Acme pays €5 trillions.", "en", Scale.Trillion)]
    [InlineData("Acme pays 5 million euros.", "en", Scale.Million)]
    [InlineData("Acme pays €5 millions.", "en", Scale.Million)]
    [InlineData("Acme pays 5 thousand euros.", "en", Scale.Thousand)]
    [InlineData("Acme pays €5bn.", "en", Scale.Billion)]
    [InlineData("Acme pays €5tn.", "en", Scale.Trillion)]
    [InlineData("Acme pays €5mn.", "en", Scale.Million)]
    [InlineData("Acme pays €5m.", "en", Scale.Million)]
    [InlineData("Acme pays €5b.", "en", Scale.Billion)]
    [InlineData("Acme pays €5k.", "en", Scale.Thousand)]
    public void Scan_ScaleWord_IsTheAmountsScale(string sentence, string language, Scale scale)
    {
        var figure = Assert.Single(FigureScanner.Scan(sentence, new Language(language), null));

        Assert.Equal(new Amount(5, 5, Unit.Money, "EUR", scale, Qualifier.Exact), figure.Amount);
    }

    [Theory]
    [InlineData("Acme pays 5m for it.")]
    [InlineData("Acme pays 5bn for it.")]
    [InlineData("Acme pays 5 k for it.")]
    public void Scan_ShortScaleWithoutCurrency_IsNoFigure(string sentence)
    {
        Assert.Empty(FigureScanner.Scan(sentence, Language.English, "USD"));
    }

    [Theory]
    [InlineData("Acme wuchs um 5 %.", Unit.Percent)]
    [InlineData("Acme wuchs um 5 Prozent.", Unit.Percent)]
    [InlineData("Acme grew 5 percent.", Unit.Percent)]
    [InlineData("Acme grew 5 per cent.", Unit.Percent)]
    [InlineData("Acme grew 5 percent more.", Unit.Percent)]
    [InlineData("Acme ist 5fach größer.", Unit.Times)]
    [InlineData("Acme ist 5-fach größer.", Unit.Times)]
    [InlineData("Acme hat die 5fache Größe.", Unit.Times)]
    [InlineData("Acme wächst um das 5fachen.", Unit.Times)]
    [InlineData("Acme ist 5mal größer.", Unit.Times)]
    [InlineData("Acme ist 5 mal größer.", Unit.Times)]
    [InlineData("Acme is 5 times larger.", Unit.Times)]
    [InlineData("Acme is 5x larger.", Unit.Times)]
    [InlineData("Acme is 5 x larger.", Unit.Times)]
    [InlineData("Acme ist in 5 Ländern aktiv.", Unit.Countries)]
    [InlineData("Acme hat 5 Länder im Blick.", Unit.Countries)]
    [InlineData("Acme ist in 5 Staaten aktiv.", Unit.Countries)]
    [InlineData("Acme is active in 5 countries.", Unit.Countries)]
    [InlineData("Acme is active in 5 nations.", Unit.Countries)]
    [InlineData("Acme beliefert 5 Organisationen.", Unit.Organisations)]
    [InlineData("Acme beliefert 5 Unternehmen.", Unit.Organisations)]
    [InlineData("Acme beliefert 5 Firmen.", Unit.Organisations)]
    [InlineData("Acme supplies 5 companies.", Unit.Organisations)]
    [InlineData("Acme supplies 5 organisations.", Unit.Organisations)]
    [InlineData("Acme supplies 5 organizations.", Unit.Organisations)]
    [InlineData("Das Modell hat 5 Parameter.", Unit.Parameters)]
    [InlineData("Ein Modell mit 5 Parametern.", Unit.Parameters)]
    [InlineData("The model has 5 parameters.", Unit.Parameters)]
    public void Scan_UnitWord_IsTheFiguresUnit(string sentence, Unit unit)
    {
        var figure = Assert.Single(FigureScanner.Scan(sentence, Language.German, "USD"));

        Assert.Equal(new Amount(5, 5, unit, null, Scale.One, Qualifier.Exact), figure.Amount);
        Assert.False(figure.CurrencyInferred);
    }

    [Theory]
    [InlineData("rund", Qualifier.Around)]
    [InlineData("etwa", Qualifier.Around)]
    [InlineData("ca.", Qualifier.Around)]
    [InlineData("circa", Qualifier.Around)]
    [InlineData("ungefähr", Qualifier.Around)]
    [InlineData("schätzungsweise", Qualifier.Around)]
    [InlineData("around", Qualifier.Around)]
    [InlineData("about", Qualifier.Around)]
    [InlineData("roughly", Qualifier.Around)]
    [InlineData("approximately", Qualifier.Around)]
    [InlineData("some", Qualifier.Around)]
    [InlineData("mehr als", Qualifier.MoreThan)]
    [InlineData("more than", Qualifier.MoreThan)]
    [InlineData("over", Qualifier.MoreThan)]
    [InlineData("upwards of", Qualifier.MoreThan)]
    [InlineData("in excess of", Qualifier.MoreThan)]
    [InlineData("fast", Qualifier.Almost)]
    [InlineData("knapp", Qualifier.Almost)]
    [InlineData("beinahe", Qualifier.Almost)]
    [InlineData("nahezu", Qualifier.Almost)]
    [InlineData("nearly", Qualifier.Almost)]
    [InlineData("almost", Qualifier.Almost)]
    [InlineData("close to", Qualifier.Almost)]
    [InlineData("bis zu", Qualifier.UpTo)]
    [InlineData("up to", Qualifier.UpTo)]
    [InlineData("as much as", Qualifier.UpTo)]
    public void Scan_QualifierBeforeTheFigure_IsTheAmountsQualifier(string word, Qualifier qualifier)
    {
        var figure = Assert.Single(FigureScanner.Scan($"Acme zahlt {word} 5 Mrd. Euro.", Language.German, null));

        Assert.Equal(qualifier, figure.Amount.Qualifier);
    }

    [Theory]
    [InlineData("möglicherweise")]
    [InlineData("eventuell")]
    [InlineData("possibly")]
    [InlineData("potentially")]
    public void Scan_PossiblyAnywhereInTheSentence_MakesAnExactAmountPossible(string word)
    {
        var figure = Assert.Single(FigureScanner.Scan($"Acme zahlt 5 Mrd. Euro, {word} mehr.", Language.German, null));

        Assert.Equal(Qualifier.Possibly, figure.Amount.Qualifier);
    }

    [Theory]
    [InlineData("Acme zahlt rund 5 Mrd. Euro, möglicherweise mehr.", Qualifier.Around)]
    [InlineData("Acme zahlt rundum 5 Mrd. Euro.", Qualifier.Exact)]
    [InlineData("Acme zahlt 5 Mrd. Euro, Tendenz rund.", Qualifier.Exact)]
    [InlineData("Über 5 Mrd. Euro zahlt Acme.", Qualifier.MoreThan)]
    [InlineData("Acme zahlt (netto) über 5 Mrd. Euro.", Qualifier.MoreThan)]
    [InlineData("Acme zahlt „netto“ über 5 Mrd. Euro.", Qualifier.MoreThan)]
    [InlineData("Ein Vertrag über 5 Mrd. Euro.", Qualifier.Exact)]
    public void Scan_QualifierInContext_IsReadOnlyRightBeforeTheFigure(string sentence, Qualifier qualifier)
    {
        Assert.Equal(qualifier, Assert.Single(FigureScanner.Scan(sentence, Language.German, null)).Amount.Qualifier);
    }

    [Theory]
    [InlineData("ein", 1)]
    [InlineData("eine", 1)]
    [InlineData("einer", 1)]
    [InlineData("einem", 1)]
    [InlineData("einen", 1)]
    [InlineData("zwei", 2)]
    [InlineData("drei", 3)]
    [InlineData("vier", 4)]
    [InlineData("fünf", 5)]
    [InlineData("sechs", 6)]
    [InlineData("sieben", 7)]
    [InlineData("acht", 8)]
    [InlineData("neun", 9)]
    [InlineData("zehn", 10)]
    [InlineData("elf", 11)]
    [InlineData("zwölf", 12)]
    [InlineData("zwanzig", 20)]
    [InlineData("dreißig", 30)]
    [InlineData("vierzig", 40)]
    [InlineData("fünfzig", 50)]
    [InlineData("hundert", 100)]
    [InlineData("Zwölf", 12)]
    public void Scan_GermanNumberWord_IsItsValue(string word, int value)
    {
        var figure = Assert.Single(FigureScanner.Scan($"Acme zahlt {word} Milliarden Euro.", Language.German, null));

        Assert.Equal(new Amount(value, value, Unit.Money, "EUR", Scale.Billion, Qualifier.Exact), figure.Amount);
    }

    [Theory]
    [InlineData("a", 1)]
    [InlineData("an", 1)]
    [InlineData("one", 1)]
    [InlineData("two", 2)]
    [InlineData("three", 3)]
    [InlineData("four", 4)]
    [InlineData("five", 5)]
    [InlineData("six", 6)]
    [InlineData("seven", 7)]
    [InlineData("eight", 8)]
    [InlineData("nine", 9)]
    [InlineData("ten", 10)]
    [InlineData("eleven", 11)]
    [InlineData("twelve", 12)]
    [InlineData("twenty", 20)]
    [InlineData("thirty", 30)]
    [InlineData("forty", 40)]
    [InlineData("fifty", 50)]
    [InlineData("hundred", 100)]
    public void Scan_EnglishNumberWord_IsItsValue(string word, int value)
    {
        var figure = Assert.Single(FigureScanner.Scan($"Acme pays {word} billion dollars.", Language.English, null));

        Assert.Equal(new Amount(value, value, Unit.Money, "USD", Scale.Billion, Qualifier.Exact), figure.Amount);
    }

    [Theory]
    [InlineData("Acme ist zweimal größer.", 2)]
    [InlineData("Acme ist dreifach größer.", 3)]
    public void Scan_NumberWordWithAMultiplier_IsTimes(string sentence, int value)
    {
        Assert.Equal(new Amount(value, value, Unit.Times, null, Scale.One, Qualifier.Exact), Assert.Single(FigureScanner.Scan(sentence, Language.German, null)).Amount);
    }

    [Theory]
    [InlineData("Acme versucht es noch einmal.")]
    [InlineData("Acme hat zwei Standorte in Europa.")]
    [InlineData("Acme tried once more with two partners.")]
    public void Scan_NumberWordThatIsNoFigure_IsIgnored(string sentence)
    {
        Assert.Empty(FigureScanner.Scan(sentence, Language.German, "EUR"));
    }

    [Theory]
    [InlineData("für")]
    [InlineData("in")]
    [InlineData("bis")]
    [InlineData("und")]
    [InlineData("zu")]
    [InlineData("an")]
    [InlineData("auf")]
    [InlineData("for")]
    [InlineData("into")]
    [InlineData("to")]
    [InlineData("and")]
    [InlineData("on")]
    [InlineData("by")]
    [InlineData("investieren")]
    [InlineData("invest")]
    public void Scan_BareScaleBeforeAFunctionWord_IsMoneyInTheArticlesCurrency(string word)
    {
        var figure = Assert.Single(FigureScanner.Scan($"Acme will 80 Milliarden {word} Chips stecken.", Language.German, "EUR"));

        Assert.Equal((new Amount(80, 80, Unit.Money, "EUR", Scale.Billion, Qualifier.Exact), true), (figure.Amount, figure.CurrencyInferred));
    }

    [Theory]
    [InlineData("Acme hat 80 Millionen Nutzer.")]
    [InlineData("Acme hat 80 Millionen Kunden, sagt man.")]
    public void Scan_BareScaleBeforeANoun_CountsSomethingElse(string sentence)
    {
        Assert.Empty(FigureScanner.Scan(sentence, Language.German, "EUR"));
    }

    [Theory]
    [InlineData("Acme zahlt 80 Milliarden.", 80)]
    [InlineData("Acme zahlt 80 Milliarden, sagt man.", 80)]
    [InlineData("Acme zahlt 80 Milliarden (netto).", 80)]
    public void Scan_BareScaleAtAClauseEnd_IsMoney(string sentence, int value)
    {
        Assert.Equal(value, Assert.Single(FigureScanner.Scan(sentence, Language.German, "EUR")).Amount.Min);
    }

    [Theory]
    [InlineData("Acme zahlt 1.500 Mrd. Euro.", "de", 1500)]
    [InlineData("Acme zahlt 1.500.000 Euro.", "de", 1500000)]
    [InlineData("Acme zahlt 1.234,5 Mrd. Euro.", "de", 1234.5)]
    [InlineData("Acme zahlt 2,5 Mrd. Euro.", "de", 2.5)]
    [InlineData("Acme zahlt 1.5 Mrd. Euro.", "de", 1.5)]
    [InlineData("Acme zahlt 1,50 Mrd. Euro.", "de", 1.5)]
    [InlineData("Acme pays €1,500 billion.", "en", 1500)]
    [InlineData("Acme pays €1,500,000.", "en", 1500000)]
    [InlineData("Acme pays €1,234.5 billion.", "en", 1234.5)]
    [InlineData("Acme pays €2.5 billion.", "en", 2.5)]
    [InlineData("Acme pays €2,5 billion.", "en", 2.5)]
    public void Scan_DigitsWithSeparators_ReadInTheArticlesLanguage(string sentence, string language, double value)
    {
        Assert.Equal((decimal)value, Assert.Single(FigureScanner.Scan(sentence, new Language(language), null)).Amount.Min);
    }

    [Fact]
    public void Scan_RangeWithTheLargerBoundFirst_IsNoFigure()
    {
        Assert.Empty(FigureScanner.Scan("Acme zahlt 9 bis 5 Mrd. Euro.", Language.German, null));
    }

    [Fact]
    public void Scan_TwoFigures_InTheirOrderWithTheirPositions()
    {
        const string sentence = "Die Hälfte von 80 Mrd. Euro, also 40 Mrd. Euro.";

        var figures = FigureScanner.Scan(sentence, Language.German, null);

        Assert.Equal([(0, 10, 50m), (15, 12, 80m), (34, 12, 40m)], figures.Select(f => (f.Start, f.Length, f.Amount.Min)));
    }

    [Theory]
    [InlineData("Acme is half done.", 50)]
    [InlineData("The half of it.", 50)]
    public void Scan_Half_IsFiftyPercent(string sentence, int value)
    {
        var figure = Assert.Single(FigureScanner.Scan(sentence, Language.English, null));

        Assert.Equal(new Amount(value, value, Unit.Percent, null, Scale.One, Qualifier.Exact), figure.Amount);
    }

    [Theory]
    [InlineData("zwischen 60 und 65 Mrd. Euro", "de", 60, 65, Qualifier.Exact)]
    [InlineData("between 60 and 65 billion euros", "en", 60, 65, Qualifier.Exact)]
    [InlineData("möglicherweise 5 Mrd. Euro", "de", 5, 5, Qualifier.Possibly)]
    [InlineData("  rund 5 Mrd. Euro. ", "de", 5, 5, Qualifier.Around)]
    public void ParseAmount_QualifiedText_IsTheFigure(string text, string language, int min, int max, Qualifier qualifier)
    {
        var amount = FigureScanner.ParseAmount(text, new Language(language));

        Assert.Equal((min, max, qualifier), ((int)amount!.Min, (int)amount.Max, amount.Qualifier));
    }

    [Theory]
    [InlineData("zwischen 5 Mrd. Euro")]
    [InlineData("Acme zahlt 5 Mrd. Euro")]
    [InlineData("möglicherweise bald 5 Mrd. Euro")]
    [InlineData("rund rund 5 Mrd. Euro")]
    public void ParseAmount_OtherWordsBeforeTheFigure_IsNull(string text)
    {
        Assert.Null(FigureScanner.ParseAmount(text, Language.German));
    }
}
