using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

public sealed class FigureScannerTests
{
    [Theory]
    [InlineData("Microsoft investiert 80 Milliarden US-Dollar in KI.", "de", 80, 80, "USD", Scale.Billion, Qualifier.Exact)]
    [InlineData("Das Unternehmen stellt eine Milliarde Euro bereit.", "de", 1, 1, "EUR", Scale.Billion, Qualifier.Exact)]
    [InlineData("Geplant sind fünf Mrd. Euro für Rechenzentren.", "de", 5, 5, "EUR", Scale.Billion, Qualifier.Exact)]
    [InlineData("Acme will spend $80bn on AI this year.", "en", 80, 80, "USD", Scale.Billion, Qualifier.Exact)]
    [InlineData("Acme will spend 80 billion dollars on AI.", "en", 80, 80, "USD", Scale.Billion, Qualifier.Exact)]
    [InlineData("Frankreich kündigte 109 Mrd. Euro an.", "de", 109, 109, "EUR", Scale.Billion, Qualifier.Exact)]
    [InlineData("Bis 2030 fließen 3 bis 4 Billionen US-Dollar in KI.", "de", 3, 4, "USD", Scale.Trillion, Qualifier.Exact)]
    [InlineData("Meta raised its budget to 60–65 billion dollars.", "en", 60, 65, "USD", Scale.Billion, Qualifier.Exact)]
    [InlineData("Es fließen zwischen drei und vier Billionen US-Dollar.", "de", 3, 4, "USD", Scale.Trillion, Qualifier.Exact)]
    [InlineData("Microsoft plant rund 80 Milliarden US-Dollar.", "de", 80, 80, "USD", Scale.Billion, Qualifier.Around)]
    [InlineData("Amazon plant Investitionen von über 100 Milliarden Dollar.", "de", 100, 100, "USD", Scale.Billion, Qualifier.MoreThan)]
    [InlineData("Es waren fast 14 Milliarden US-Dollar.", "de", 14, 14, "USD", Scale.Billion, Qualifier.Almost)]
    [InlineData("Sie haben mehr als 300 Milliarden Dollar angekündigt.", "de", 300, 300, "USD", Scale.Billion, Qualifier.MoreThan)]
    [InlineData("Acme spent around $5 billion last year.", "en", 5, 5, "USD", Scale.Billion, Qualifier.Around)]
    [InlineData("Acme will spend more than $300 billion.", "en", 300, 300, "USD", Scale.Billion, Qualifier.MoreThan)]
    [InlineData("Acme spent nearly €2 billion.", "en", 2, 2, "EUR", Scale.Billion, Qualifier.Almost)]
    [InlineData("Acme may spend up to £10 million.", "en", 10, 10, "GBP", Scale.Million, Qualifier.UpTo)]
    [InlineData("Weitere 50 Milliarden Euro könnten möglicherweise aus den Emiraten fließen.", "de", 50, 50, "EUR", Scale.Billion, Qualifier.Possibly)]
    [InlineData("Ein weiterer Deal im September 2025 über 300 Milliarden US-Dollar folgte.", "de", 300, 300, "USD", Scale.Billion, Qualifier.Exact)]
    [InlineData("Es ist eine 4-Milliarden-Dollar-Initiative für Bildung.", "de", 4, 4, "USD", Scale.Billion, Qualifier.Exact)]
    [InlineData("Acme paid $1,500 million for the stake.", "en", 1500, 1500, "USD", Scale.Million, Qualifier.Exact)]
    [InlineData("Acme zahlte 2,5 Milliarden Euro.", "de", 2.5, 2.5, "EUR", Scale.Billion, Qualifier.Exact)]
    public void Scan_MoneyAmount_ReadsValueCurrencyScaleAndQualifier(
        string sentence, string language, decimal min, decimal max, string currency, Scale scale, Qualifier qualifier)
    {
        var figure = Assert.Single(FigureScanner.Scan(sentence, language == "de" ? Language.German : Language.English, null));

        Assert.Equal(new Amount(min, max, Unit.Money, currency, scale, qualifier), figure.Amount);
        Assert.False(figure.CurrencyInferred);
    }

    [Theory]
    [InlineData("Azure wuchs um 39 % im zweiten Quartal.", "de", 39, 39, Unit.Percent, Scale.One, Qualifier.Exact)]
    [InlineData("Acme grew 12 percent.", "en", 12, 12, Unit.Percent, Scale.One, Qualifier.Exact)]
    [InlineData("Über die Hälfte dieser Summe bleibt in den USA.", "de", 50, 50, Unit.Percent, Scale.One, Qualifier.MoreThan)]
    [InlineData("Die Cluster sind sechs- bis zehnmal größer.", "de", 6, 10, Unit.Times, Scale.One, Qualifier.Exact)]
    [InlineData("Vertreter aus fast 100 Staaten nehmen teil.", "de", 100, 100, Unit.Countries, Scale.One, Qualifier.Almost)]
    [InlineData("Über 1.000 Organisationen nutzen die Werkzeuge.", "de", 1000, 1000, Unit.Organisations, Scale.One, Qualifier.MoreThan)]
    [InlineData("MAI-1 ist ein Modell mit 500 Milliarden Parametern.", "de", 500, 500, Unit.Parameters, Scale.Billion, Qualifier.Exact)]
    [InlineData("The model has 70 billion parameters.", "en", 70, 70, Unit.Parameters, Scale.Billion, Qualifier.Exact)]
    [InlineData("Acme operates in more than 40 countries.", "en", 40, 40, Unit.Countries, Scale.One, Qualifier.MoreThan)]
    public void Scan_NonMoneyFigure_ReadsValueAndUnit(
        string sentence, string language, decimal min, decimal max, Unit unit, Scale scale, Qualifier qualifier)
    {
        var figure = Assert.Single(FigureScanner.Scan(sentence, language == "de" ? Language.German : Language.English, null));

        Assert.Equal(new Amount(min, max, unit, null, scale, qualifier), figure.Amount);
    }

    [Theory]
    [InlineData("Im Jahr 2025 will Microsoft noch einmal deutlich beschleunigen.")]
    [InlineData("Am 1. August 2024 trat die Verordnung in Kraft.")]
    [InlineData("Die Beschleunigerchips (z. B. H100 von Nvidia) sind knapp.")]
    [InlineData("Millionen von Menschen sollen geschult werden.")]
    [InlineData("MAI-1 wurde Anfang dieses Jahres vorgestellt. (ID:50326703)")]
    [InlineData("GPT-4 was released in March 2023 to 2 million users.")]
    public void Scan_NoFigure_FindsNothing(string sentence)
    {
        Assert.Empty(FigureScanner.Scan(sentence, Language.German, "USD"));
    }

    [Fact]
    public void Scan_ScaleWithoutCurrency_TakesArticleCurrencyAndSaysSo()
    {
        var figure = Assert.Single(FigureScanner.Scan("Davon sollen 80 Milliarden in die USA fließen.", Language.German, "USD"));

        Assert.Equal(new Amount(80, 80, Unit.Money, "USD", Scale.Billion, Qualifier.Exact), figure.Amount);
        Assert.True(figure.CurrencyInferred);
    }
}
