using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Knowledge.Loading;

namespace ChatBot.Core.Tests.Knowledge.Loading;

public class FigureInQuoteTests
{
    [Theory]
    [InlineData("1.000,5 Euro")]
    [InlineData("Kapitel 1..2 und 3.")]
    [InlineData("x,5 und 7,")]
    [InlineData("Version 1.2.3")]
    [InlineData("39 % von 1,234,567 Dollar")]
    [InlineData("2025: 80 Mrd. (2024: 55,5)")]
    [InlineData("Ziffern \u0663\u0664 und 12\u0663")]
    [InlineData("keine Zahl")]
    public void NumbersIn_Digits_ReadsTheRunsOfTheDigitPattern(string text)
    {
        var expected = Regex.Matches(text, @"\d+(?:[.,]\d+)*")
            .SelectMany(match => new[]
            {
                match.Value.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'),
                match.Value.Replace(",", string.Empty, StringComparison.Ordinal),
            })
            .Select(candidate => decimal.TryParse(candidate, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : (decimal?)null)
            .OfType<decimal>()
            .ToHashSet();

        var numbers = FigureInQuote.NumbersIn(text);

        Assert.Equal(expected.Order(), numbers.Order());
    }
}
