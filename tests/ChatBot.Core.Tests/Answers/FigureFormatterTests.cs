using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Answers;

public class FigureFormatterTests
{
    [Theory]
    [InlineData(80, 80, "USD", Scale.Billion, Qualifier.Around, "de", "rund 80 Mrd. US-Dollar")]
    [InlineData(80, 80, "USD", Scale.Billion, Qualifier.Around, "en", "around $80 billion")]
    [InlineData(60, 65, "USD", Scale.Billion, Qualifier.Exact, "de", "60 bis 65 Mrd. US-Dollar")]
    [InlineData(60, 65, "USD", Scale.Billion, Qualifier.Exact, "en", "$60–65 billion")]
    [InlineData(100, 100, "USD", Scale.Billion, Qualifier.MoreThan, "en", "more than $100 billion")]
    [InlineData(14, 14, "USD", Scale.Billion, Qualifier.Almost, "de", "fast 14 Mrd. US-Dollar")]
    [InlineData(109, 109, "EUR", Scale.Billion, Qualifier.Exact, "de", "109 Mrd. Euro")]
    [InlineData(109, 109, "EUR", Scale.Billion, Qualifier.Exact, "en", "€109 billion")]
    [InlineData(3, 4, "USD", Scale.Trillion, Qualifier.Exact, "de", "3 bis 4 Billionen US-Dollar")]
    [InlineData(1.5, 1.5, "USD", Scale.Billion, Qualifier.Exact, "de", "1,5 Mrd. US-Dollar")]
    [InlineData(1.5, 1.5, "USD", Scale.Billion, Qualifier.Exact, "en", "$1.5 billion")]
    [InlineData(50, 50, "EUR", Scale.Billion, Qualifier.Possibly, "de", "möglicherweise 50 Mrd. Euro")]
    public void Format_Money_FollowsLanguageConventions(double min, double max, string currency, Scale scale, Qualifier qualifier, Language language, string expected)
    {
        var amount = new Amount((decimal)min, (decimal)max, Unit.Money, currency, scale, qualifier);

        Assert.Equal(expected, FigureFormatter.Format(amount, language));
    }

    [Theory]
    [InlineData(1000, Unit.Organisations, "de", "mehr als 1.000 Organisationen")]
    [InlineData(1000, Unit.Organisations, "en", "more than 1,000 organisations")]
    [InlineData(50, Unit.Percent, "de", "mehr als die Hälfte")]
    [InlineData(50, Unit.Percent, "en", "more than half")]
    public void Format_OtherUnits_AreWordedNaturally(double value, Unit unit, Language language, string expected)
    {
        var amount = new Amount((decimal)value, (decimal)value, unit, null, Scale.One, Qualifier.MoreThan);

        Assert.Equal(expected, FigureFormatter.Format(amount, language));
    }
}
