using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;
using static ChatBot.Core.Tests.Support.TestFacts;

namespace ChatBot.Core.Tests.Answers;

public class CalculatorTests
{
    [Theory]
    [InlineData(Unit.Money, "USD", Unit.Money, "USD", true)]
    [InlineData(Unit.Money, "USD", Unit.Money, "EUR", false)]
    [InlineData(Unit.Money, "USD", Unit.Percent, null, false)]
    [InlineData(Unit.Percent, null, Unit.Percent, "EUR", true)]
    [InlineData(Unit.Countries, null, Unit.Organisations, null, false)]
    public void Comparable_SameUnitAndForMoneySameCurrency(Unit unitA, string? currencyA, Unit unitB, string? currencyB, bool expected)
    {
        var a = new Amount(1, 1, unitA, currencyA, Scale.One, Qualifier.Exact);
        var b = new Amount(2, 2, unitB, currencyB, Scale.One, Qualifier.Exact);

        Assert.Equal(expected, Calculator.Comparable(a, b));
    }

    [Theory]
    [InlineData(17e9, Scale.Billion, 17, "$17 billion")]
    [InlineData(1e9, Scale.Billion, 1, "$1 billion")]
    [InlineData(999e6, Scale.Million, 999, "$999 million")]
    [InlineData(1e6, Scale.Million, 1, "$1 million")]
    [InlineData(2.5e12, Scale.Trillion, 2.5, "$2.5 trillion")]
    [InlineData(1e12, Scale.Trillion, 1, "$1 trillion")]
    [InlineData(999999, Scale.One, 999999, "$999,999")]
    [InlineData(-17e9, Scale.Billion, -17, "$-17 billion")]
    public void Money_PicksTheLargestScaleThatKeepsTheFigureAtOneOrMore(double units, Scale scale, double value, string english)
    {
        var figure = MoneyFigure(ComputationKind.Difference, Bounds.Exactly((decimal)units), Money(1), [], Language.English);

        Assert.Equal(scale, figure.Amount.Scale);
        Assert.Equal((decimal)value, figure.Amount.Min);
        Assert.Equal(english, figure.Figure);
    }

    [Fact]
    public void Money_OpenLowerBound_TakesTheScaleFromTheUpperBound()
    {
        var figure = MoneyFigure(ComputationKind.Difference, new Bounds(null, 3e9m), Money(1, currency: "EUR"), [], Language.German);

        Assert.Equal(new Amount(3, 3, Unit.Money, "EUR", Scale.Billion, Qualifier.UpTo), figure.Amount);
        Assert.Equal("bis zu 3 Mrd. Euro", figure.Figure);
    }

    [Fact]
    public void Money_NegativeLowerBound_ScalesByItsMagnitude()
    {
        var figure = MoneyFigure(ComputationKind.Difference, new Bounds(-5e9m, 1e6m), Money(1), [], Language.English);

        Assert.Equal(Scale.Billion, figure.Amount.Scale);
        Assert.Equal(-5m, figure.Amount.Min);
        Assert.Equal(0.1m, figure.Amount.Max);
    }

    [Fact]
    public void Money_KeepsOperationInputsAndCurrency()
    {
        var input = Fact(amount: Money(83));
        var figure = MoneyFigure(ComputationKind.Sum, Bounds.Exactly(83e9m), Money(1, currency: "GBP"), [input], Language.English);

        Assert.Equal(ComputationKind.Sum, figure.Operation);
        Assert.Same(input, Assert.Single(figure.Inputs));
        Assert.Equal("GBP", figure.Amount.Currency);
        Assert.Equal(Unit.Money, figure.Amount.Unit);
        Assert.False(figure.Rounded);
    }

    [Theory]
    [InlineData(20.4, 20, true)]
    [InlineData(10, 10, false)]
    [InlineData(9.96, 10, true)]
    [InlineData(2.54, 2.5, true)]
    [InlineData(1, 1, false)]
    [InlineData(0.456, 0.46, true)]
    public void Relative_WholeFromTenOneDecimalFromOneTwoBelow(double value, double expected, bool rounded)
    {
        var figure = RelativeFigure(ComputationKind.PercentChange, Bounds.Exactly((decimal)value), Unit.Percent, [], Language.English);

        Assert.Equal((decimal)expected, figure.Amount.Min);
        Assert.Equal((decimal)expected, figure.Amount.Max);
        Assert.Equal(rounded, figure.Rounded);
        Assert.Equal(Scale.One, figure.Amount.Scale);
        Assert.Null(figure.Amount.Currency);
    }

    [Fact]
    public void Relative_RangeIsRoundedOutwardsAndFormatted()
    {
        var figure = RelativeFigure(ComputationKind.Ratio, new Bounds(1.23m, 1.87m), Unit.Times, [], Language.German);

        Assert.Equal(new Bounds(1.2m, 1.9m), figure.Bounds);
        Assert.Equal("1,2- bis 1,9-mal so groß", figure.Figure);
        Assert.True(figure.Rounded);
    }

    [Fact]
    public void Relative_OnlyHighChangedByRounding_IsRounded()
    {
        var figure = RelativeFigure(ComputationKind.Ratio, new Bounds(1.2m, 1.87m), Unit.Times, [], Language.English);

        Assert.True(figure.Rounded);
    }

    [Fact]
    public void Relative_MoreThan_KeepsOnlyTheLowerBound()
    {
        var figure = RelativeFigure(ComputationKind.PercentChange, new Bounds(20.4m, null, LowExclusive: true), Unit.Percent, [], Language.English);

        Assert.Equal(new Amount(20, 20, Unit.Percent, null, Scale.One, Qualifier.MoreThan), figure.Amount);
        Assert.Equal("more than 20%", figure.Figure);
    }

    [Fact]
    public void Relative_NoBounds_IsZero()
    {
        var figure = RelativeFigure(ComputationKind.PercentChange, new Bounds(null, null), Unit.Percent, [], Language.English);

        Assert.Equal(0m, figure.Amount.Min);
        Assert.Equal(0m, figure.Amount.Max);
    }

    [Theory]
    [InlineData(9.55, 10, 9, 10)]
    [InlineData(0.555, 1, 0.5, 1)]
    public void Relative_RangeReachingTenOrOne_UsesTheCoarserPrecision(double low, double high, double expectedLow, double expectedHigh)
    {
        var figure = RelativeFigure(ComputationKind.Ratio, new Bounds((decimal)low, (decimal)high), Unit.Times, [], Language.English);

        Assert.Equal(new Bounds((decimal)expectedLow, (decimal)expectedHigh), figure.Bounds);
    }

    [Fact]
    public void Relative_UpTo_TakesThePrecisionFromTheUpperBound()
    {
        var figure = RelativeFigure(ComputationKind.PercentChange, new Bounds(null, 20.4m), Unit.Percent, [], Language.English);

        Assert.Equal("up to 21%", figure.Figure);
    }

    // The one place these tests call the calculator with a language, so a change of its phrase parameter is one edit.
    private static ComputedFigure MoneyFigure(ComputationKind operation, Bounds bounds, Amount like, IReadOnlyList<Fact> inputs, Language language) =>
        Calculator.Money(operation, bounds, like, inputs, PhraseBooks.Default.For(language).Figures);

    private static ComputedFigure RelativeFigure(ComputationKind operation, Bounds bounds, Unit unit, IReadOnlyList<Fact> inputs, Language language) =>
        Calculator.Relative(operation, bounds, unit, inputs, PhraseBooks.Default.For(language).Figures);
}
