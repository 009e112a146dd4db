using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// What <see cref="FigureFormatter.Format"/> writes for every unit, scale, qualifier and currency in both languages:
/// the public output, which stays the same however the phrases are stored.
/// </summary>
public class FigureFormatterOutputTests
{
    [Theory]
    [InlineData(6, 10, "de", "6- bis 10-mal so groß")]
    [InlineData(6, 10, "en", "6–10 times as large")]
    [InlineData(2.5, 2.5, "de", "2,5-mal so groß")]
    [InlineData(2.5, 2.5, "en", "2.5 times as large")]
    public void Format_TimesRange_StartsWithMinimumAndEndsWithMaximum(double min, double max, string language, string expected)
    {
        var amount = new Amount((decimal)min, (decimal)max, Unit.Times, null, Scale.One, Qualifier.Exact);

        Assert.Equal(expected, FigureFormatter.Format(amount, (Language)language));
    }

    [Theory]
    [InlineData(Scale.One, "de", "7 US-Dollar")]
    [InlineData(Scale.One, "en", "$7")]
    [InlineData(Scale.Thousand, "de", "7 Tsd. US-Dollar")]
    [InlineData(Scale.Thousand, "en", "$7 thousand")]
    [InlineData(Scale.Million, "de", "7 Mio. US-Dollar")]
    [InlineData(Scale.Million, "en", "$7 million")]
    [InlineData(Scale.Billion, "de", "7 Mrd. US-Dollar")]
    [InlineData(Scale.Billion, "en", "$7 billion")]
    [InlineData(Scale.Trillion, "de", "7 Billionen US-Dollar")]
    [InlineData(Scale.Trillion, "en", "$7 trillion")]
    public void Format_EachScale_HasItsWord(Scale scale, string language, string expected)
    {
        Assert.Equal(expected, FigureFormatter.Format(new Amount(7, 7, Unit.Money, "USD", scale, Qualifier.Exact), (Language)language));
    }

    [Theory]
    [InlineData(1, 1, "1 Billion US-Dollar")]
    [InlineData(0.5, 1, "0,5 bis 1 Billion US-Dollar")]
    [InlineData(1, 2, "1 bis 2 Billionen US-Dollar")]
    public void Format_GermanTrillion_IsSingularOnlyWhenTheMaximumIsOne(double min, double max, string expected)
    {
        Assert.Equal(expected, FigureFormatter.Format(new Amount((decimal)min, (decimal)max, Unit.Money, "USD", Scale.Trillion, Qualifier.Exact), Language.German));
    }

    [Theory]
    [InlineData(Qualifier.Exact, "de", "80 Mrd. Euro")]
    [InlineData(Qualifier.Exact, "en", "€80 billion")]
    [InlineData(Qualifier.Around, "de", "rund 80 Mrd. Euro")]
    [InlineData(Qualifier.Around, "en", "around €80 billion")]
    [InlineData(Qualifier.MoreThan, "de", "mehr als 80 Mrd. Euro")]
    [InlineData(Qualifier.MoreThan, "en", "more than €80 billion")]
    [InlineData(Qualifier.Almost, "de", "fast 80 Mrd. Euro")]
    [InlineData(Qualifier.Almost, "en", "almost €80 billion")]
    [InlineData(Qualifier.UpTo, "de", "bis zu 80 Mrd. Euro")]
    [InlineData(Qualifier.UpTo, "en", "up to €80 billion")]
    [InlineData(Qualifier.Possibly, "de", "möglicherweise 80 Mrd. Euro")]
    [InlineData(Qualifier.Possibly, "en", "possibly €80 billion")]
    public void Format_EachQualifier_IsKept(Qualifier qualifier, string language, string expected)
    {
        Assert.Equal(expected, FigureFormatter.Format(new Amount(80, 80, Unit.Money, "EUR", Scale.Billion, qualifier), (Language)language));
    }

    [Theory]
    [InlineData("GBP", "de", "3 Mrd. Britische Pfund")]
    [InlineData("GBP", "en", "£3 billion")]
    [InlineData("CHF", "de", "3 Mrd. Schweizer Franken")]
    [InlineData("CHF", "en", "3 billion CHF")]
    [InlineData("JPY", "de", "3 Mrd. JPY")]
    [InlineData("JPY", "en", "3 billion JPY")]
    public void Format_OtherCurrencies_UseNameSymbolOrCode(string currency, string language, string expected)
    {
        Assert.Equal(expected, FigureFormatter.Format(new Amount(3, 3, Unit.Money, currency, Scale.Billion, Qualifier.Exact), (Language)language));
    }

    [Theory]
    [InlineData(Unit.Percent, 39, 39, "de", "39 %")]
    [InlineData(Unit.Percent, 39, 39, "en", "39%")]
    [InlineData(Unit.Percent, 20, 30, "de", "20 bis 30 %")]
    [InlineData(Unit.Percent, 20, 30, "en", "20–30%")]
    [InlineData(Unit.Percent, 50, 60, "de", "50 bis 60 %")]
    [InlineData(Unit.Percent, 40, 50, "en", "40–50%")]
    [InlineData(Unit.Countries, 27, 27, "de", "27 Länder")]
    [InlineData(Unit.Countries, 27, 27, "en", "27 countries")]
    [InlineData(Unit.Parameters, 500, 500, "de", "500 Parameter")]
    [InlineData(Unit.Parameters, 500, 500, "en", "500 parameters")]
    [InlineData(Unit.Organisations, 12, 12, "de", "12 Organisationen")]
    public void Format_NonMoneyUnits_HaveTheirWords(Unit unit, int min, int max, string language, string expected)
    {
        Assert.Equal(expected, FigureFormatter.Format(new Amount(min, max, unit, null, Scale.One, Qualifier.Exact), (Language)language));
    }

    [Theory]
    [InlineData(Unit.Parameters, "de", "500 Mrd. Parameter")]
    [InlineData(Unit.Parameters, "en", "500 billion parameters")]
    [InlineData(Unit.Countries, "en", "500 million countries")]
    [InlineData(Unit.Organisations, "en", "500 thousand organisations")]
    public void Format_ScaledCounts_KeepTheScale(Unit unit, string language, string expected)
    {
        var scale = expected.Contains("Mrd.", StringComparison.Ordinal) || expected.Contains("billion", StringComparison.Ordinal) ? Scale.Billion
            : expected.Contains("million", StringComparison.Ordinal) ? Scale.Million : Scale.Thousand;

        Assert.Equal(expected, FigureFormatter.Format(new Amount(500, 500, unit, null, scale, Qualifier.Exact), (Language)language));
    }

    [Fact]
    public void Format_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FigureFormatter.Format(null!, Language.English));
    }

    [Theory]
    [InlineData("USD", "de", "US-Dollar")]
    [InlineData("USD", "en", "US dollars")]
    [InlineData("EUR", "de", "Euro")]
    [InlineData("EUR", "en", "Euro")]
    [InlineData("GBP", "en", "pounds sterling")]
    [InlineData("CHF", "en", "Swiss francs")]
    [InlineData("CNY", "en", "CNY")]
    public void CurrencyName_KnownAndUnknownCurrencies_AreNamed(string currency, string language, string expected)
    {
        Assert.Equal(expected, FigureFormatter.CurrencyName(currency, (Language)language));
    }

    [Fact]
    public void CurrencyName_NoCurrency_IsEmpty()
    {
        Assert.Equal(string.Empty, FigureFormatter.CurrencyName(null, Language.English));
    }
}
