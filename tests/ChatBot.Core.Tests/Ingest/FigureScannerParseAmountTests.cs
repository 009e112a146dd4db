using ChatBot.Core.Ingest;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Ingest;

public sealed class FigureScannerParseAmountTests
{
    [Theory]
    [InlineData("rund 80 Mrd. US-Dollar", "de", 80, 80, Unit.Money, "USD", Scale.Billion, Qualifier.Around)]
    [InlineData("60–65 billion USD", "en", 60, 65, Unit.Money, "USD", Scale.Billion, Qualifier.Exact)]
    [InlineData("39 %", "de", 39, 39, Unit.Percent, null, Scale.One, Qualifier.Exact)]
    [InlineData("$80bn", "en", 80, 80, Unit.Money, "USD", Scale.Billion, Qualifier.Exact)]
    [InlineData("more than 100 billion dollars", "en", 100, 100, Unit.Money, "USD", Scale.Billion, Qualifier.MoreThan)]
    [InlineData("zwischen drei und vier Billionen US-Dollar", "de", 3, 4, Unit.Money, "USD", Scale.Trillion, Qualifier.Exact)]
    [InlineData("2,5 Mrd. Euro", "de", 2.5, 2.5, Unit.Money, "EUR", Scale.Billion, Qualifier.Exact)]
    [InlineData("1.5 billion USD", "en", 1.5, 1.5, Unit.Money, "USD", Scale.Billion, Qualifier.Exact)]
    public void ParseAmount_ModeratorText_ReadsTheWholeFigure(string text, string language, double min, double max, Unit unit, string? currency, Scale scale, Qualifier qualifier)
    {
        var amount = FigureScanner.ParseAmount(text, new Language(language));

        Assert.Equal(new Amount((decimal)min, (decimal)max, unit, currency, scale, qualifier), amount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("eighty billion-ish")]
    [InlineData("80 Mrd. US-Dollar und 5 Mrd. Euro")]
    [InlineData("2025")]
    [InlineData("80 Mrd. US-Dollar für Rechenzentren")]
    [InlineData("\": #\n- id:")]
    public void ParseAmount_NotExactlyOneFigure_IsNull(string text)
    {
        Assert.Null(FigureScanner.ParseAmount(text, Language.German));
    }

    [Fact]
    public void ParseAmount_ScaleWithoutCurrency_KeepsTheCurrencyOpen()
    {
        Assert.Null(FigureScanner.ParseAmount("80 Milliarden", Language.German)?.Currency);
    }
}
