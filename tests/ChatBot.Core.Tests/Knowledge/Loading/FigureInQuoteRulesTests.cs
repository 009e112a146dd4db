using ChatBot.Core.Knowledge;
using ChatBot.Core.Knowledge.Loading;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Knowledge.Loading;

/// <summary>
/// When a quote or statement states a fact's figure in digits: separators of either language, percentages, ranges
/// and the year of a dated fact. Number words have tests of their own.
/// </summary>
public class FigureInQuoteRulesTests
{
    [Theory]
    [InlineData(1000, "über 1.000 Organisationen")]
    [InlineData(1000, "more than 1,000 organisations")]
    [InlineData(1000, "1000 Organisationen")]
    [InlineData(1.5, "1,5 Milliarden Euro")]
    [InlineData(1.5, "a 1.5 billion deal")]
    [InlineData(2.5, "2,50 Euro")]
    [InlineData(39, "Azure wuchs um 39 %.")]
    [InlineData(39, "Azure grew 39%")]
    [InlineData(12, "12.")]
    [InlineData(12, "(12)")]
    [InlineData(12, "Zahlen: 3, 12 und 2025")]
    [InlineData(12, "12.000 Stellen")]
    [InlineData(1234567, "1.234.567 Dollar")]
    [InlineData(1234567.89, "1,234,567.89 dollars")]
    public void Problems_FigureStatedInDigits_None(double figure, string quote)
    {
        Assert.Empty(FigureInQuote.Problems(Fact(Amount((decimal)figure), quote)));
    }

    [Theory]
    [InlineData(12, "2012 war ein gutes Jahr.")]
    [InlineData(12, "120 Milliarden")]
    [InlineData(1000, "1 000 Organisationen")]
    [InlineData(12, "")]
    public void Problems_FigureNotStated_NamesTheFigure(double figure, string quote)
    {
        var problem = Assert.Single(FigureInQuote.Problems(Fact(Amount((decimal)figure), quote)));

        Assert.Equal($"the quote does not contain the figure {figure.ToString(System.Globalization.CultureInfo.InvariantCulture)} (as digits or a number word)", problem);
    }

    // "1,2" is 1.2 in German and 12 in English; either reading counts as stating the figure.
    [Theory]
    [InlineData(12, "1,2 Milliarden")]
    [InlineData(1.2, "1,2 Milliarden")]
    [InlineData(12, "Version 1.2")]
    public void Problems_DigitsWithOneSeparator_CountInEitherLanguagesReading(double figure, string quote)
    {
        Assert.Empty(FigureInQuote.Problems(Fact(Amount((decimal)figure), quote)));
    }

    [Theory]
    [InlineData("zwischen 10 und 15 Milliarden", new double[0])]
    [InlineData("10-15 Milliarden", new double[0])]
    [InlineData("bis zu 15 Milliarden", new double[] { 10 })]
    [InlineData("mindestens 10 Milliarden", new double[] { 15 })]
    [InlineData("viele Milliarden", new double[] { 10, 15 })]
    public void Problems_Range_NeedsBothEnds(string quote, double[] missing)
    {
        var problems = FigureInQuote.Problems(Fact(new Amount(10, 15, Unit.Money, "USD", Scale.Billion, Qualifier.Exact), quote));

        Assert.Equal(missing.Select(m => $"the quote does not contain the figure {m} (as digits or a number word)"), problems);
    }

    [Theory]
    [InlineData("Acme baut 2025 aus.", PeriodKind.Year, 2025, null)]
    [InlineData("Acme baut im Jahr 2024 aus.", PeriodKind.Year, 2025, 2025)]
    [InlineData("Acme baut bis 2030 aus.", PeriodKind.Until, 2030, null)]
    [InlineData("Acme baut ab 2025 aus.", PeriodKind.Until, 2030, 2030)]
    [InlineData("Acme baut aus.", PeriodKind.Unspecified, null, null)]
    public void Problems_DatedFactWithoutAmount_NeedsItsYear(string quote, PeriodKind kind, int? year, int? missing)
    {
        var period = kind switch
        {
            PeriodKind.Year => new Period(PeriodKind.Year, year),
            PeriodKind.Until => new Period(PeriodKind.Until, ToYear: year),
            _ => Period.Unspecified,
        };

        var problems = FigureInQuote.Problems(TestFacts.Fact(kind: FactKind.Note, period: period, quote: quote));

        string[] expected = missing is { } y ? [$"the quote does not contain the year {y} of this dated fact"] : [];
        Assert.Equal(expected, problems);
    }

    [Fact]
    public void Problems_FactWithAmount_DoesNotNeedItsYearInTheQuote()
    {
        var fact = TestFacts.Fact(amount: Amount(12), period: TestFacts.Year(2025), quote: "Acme investiert 12 Milliarden.");

        Assert.Empty(FigureInQuote.Problems(fact));
    }

    [Fact]
    public void StatementProblems_EachLanguageWithoutTheFigure_IsNamed()
    {
        var fact = Fact(Amount(12), "12") with { Statement = TestFacts.Text("Acme investiert viel.", "Acme invests a lot.") };

        Assert.Equal(
            ["statement.en does not state the figure 12 (as digits or a number word)", "statement.de does not state the figure 12 (as digits or a number word)"],
            FigureInQuote.StatementProblems(fact));
    }

    [Fact]
    public void StatementProblems_OneLanguageWithTheFigure_OnlyTheOtherIsNamed()
    {
        var fact = Fact(Amount(12), "12") with { Statement = TestFacts.Text("Acme investiert 12 Mrd.", "Acme invests a lot.") };

        Assert.Equal(["statement.en does not state the figure 12 (as digits or a number word)"], FigureInQuote.StatementProblems(fact));
    }

    [Fact]
    public void StatementProblems_Range_NeedsBothEndsInEachLanguage()
    {
        var fact = Fact(new Amount(10, 15, Unit.Money, "USD", Scale.Billion, Qualifier.Exact), "10 bis 15") with
        {
            Statement = TestFacts.Text("10 bis 15 Mrd.", "up to $15 billion"),
        };

        Assert.Equal(["statement.en does not state the figure 10 (as digits or a number word)"], FigureInQuote.StatementProblems(fact));
    }

    [Fact]
    public void StatementProblems_NoAmount_None()
    {
        var fact = TestFacts.Fact(kind: FactKind.Note, period: TestFacts.Year(2025), quote: "2025", statement: "ohne Zahl");

        Assert.Empty(FigureInQuote.StatementProblems(fact));
    }

    [Fact]
    public void NumbersIn_SeveralNumbers_FindsEachInBothReadings()
    {
        var numbers = FigureInQuote.NumbersIn("2025: 1.500 Stellen, 2,5 Mrd. und 39 %");

        Assert.Superset(new HashSet<decimal> { 2025, 1500, 1.5m, 2.5m, 25, 39 }, new HashSet<decimal>(numbers));
    }

    [Fact]
    public void Problems_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FigureInQuote.Problems(null!));
        Assert.Throws<ArgumentNullException>(() => FigureInQuote.StatementProblems(null!));
        Assert.Throws<ArgumentNullException>(() => FigureInQuote.NumbersIn(null!));
    }

    private static Amount Amount(decimal value) => new(value, value, Unit.Money, "USD", Scale.Billion, Qualifier.Exact);

    private static Fact Fact(Amount amount, string quote) => TestFacts.Fact(amount: amount, quote: quote, statement: quote);
}
