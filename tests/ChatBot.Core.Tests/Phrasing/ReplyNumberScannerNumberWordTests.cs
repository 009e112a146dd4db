using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;

namespace ChatBot.Core.Tests.Phrasing;

/// <summary>How the guard reads numbers written in words in a reply, so an invented figure in words is caught.</summary>
public sealed class ReplyNumberScannerNumberWordTests
{
    [Theory]
    [InlineData("Das ist ein Drittel des Budgets.", "de", 100.0 / 3)]
    [InlineData("That is a third of the budget.", "en", 100.0 / 3)]
    [InlineData("That is a quarter of the budget.", "en", 25)]
    [InlineData("Three quarters of the budget go to chips.", "en", 75)]
    [InlineData("Zwei Drittel gehen in Rechenzentren.", "de", 200.0 / 3)]
    [InlineData("Die Hälfte bleibt in den USA.", "de", 50)]
    public void Scan_Share_IsAPercent(string reply, string code, double percent)
    {
        var number = Assert.Single(ReplyNumberScanner.Scan(reply, new Language(code)));

        Assert.True(number.Percent);
        Assert.Equal(Math.Round((decimal)percent, 4), Math.Round(number.Value, 4));
    }

    [Theory]
    [InlineData("Die Entspannung kommt in der zweiten Hälfte.", "de", 2)]
    [InlineData("Demand eases in the second half.", "en", 2)]
    public void Scan_ShareAfterAnOrdinal_IsAPeriodNoPercent(string reply, string code, decimal ordinal)
    {
        var number = Assert.Single(ReplyNumberScanner.Scan(reply, new Language(code)));

        Assert.Equal((ordinal, false), (number.Value, number.Percent));
    }

    [Theory]
    [InlineData("Microsoft investiert zweiundachtzig Milliarden Dollar.", "de", 82, Scale.Billion, "USD")]
    [InlineData("Microsoft invests eighty-two billion dollars.", "en", 82, Scale.Billion, "USD")]
    [InlineData("Microsoft invests one hundred twenty million euros.", "en", 120, Scale.Million, "EUR")]
    [InlineData("Microsoft investiert eine Milliarde Euro.", "de", 1, Scale.Billion, "EUR")]
    [InlineData("Microsoft investiert fünf Billionen Yen.", "de", 5, Scale.Trillion, "JPY")]
    [InlineData("Microsoft invests five billion yuan.", "en", 5, Scale.Billion, "CNY")]
    public void Scan_NumberInWords_ReadsValueScaleAndCurrency(string reply, string code, decimal value, Scale scale, string currency)
    {
        var number = Assert.Single(ReplyNumberScanner.Scan(reply, new Language(code)));

        Assert.Equal((value, scale, currency), (number.Value, number.Scale, number.Currency));
    }

    [Theory]
    [InlineData("Microsoft kündigte eine Investition an.", "de")]
    [InlineData("Microsoft announced a deal with one partner.", "en")]
    public void Scan_ArticleWithoutAScale_IsNoNumber(string reply, string code)
    {
        Assert.Empty(ReplyNumberScanner.Scan(reply, new Language(code)));
    }
}
