using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Tests.Knowledge.Loading;

public class AmountReaderTests
{
    private const string ValidAmount = "{ value: 12, currency: USD, scale: billion, qualifier: around }";

    public static TheoryData<string, Amount> ValidAmounts => new()
    {
        { "{ value: 12, currency: EUR }", new Amount(12, 12, Unit.Money, "EUR", Scale.One, Qualifier.Exact) },
        { "{ value: 12.0, currency: USD, scale: million }", new Amount(12, 12, Unit.Money, "USD", Scale.Million, Qualifier.Exact) },
        { "{ min: 12, max: 2025, currency: USD }", new Amount(12, 2025, Unit.Money, "USD", Scale.One, Qualifier.Exact) },
        { "{ min: 12, currency: USD }", new Amount(12, 12, Unit.Money, "USD", Scale.One, Qualifier.Exact) },
        { "{ value: 12, min: null, currency: USD }", new Amount(12, 12, Unit.Money, "USD", Scale.One, Qualifier.Exact) },
        { "{ value: 12, unit: percent }", new Amount(12, 12, Unit.Percent, null, Scale.One, Qualifier.Exact) },
        { "{ value: 12, currency: USD, scale: Billion, qualifier: MORE_THAN }", new Amount(12, 12, Unit.Money, "USD", Scale.Billion, Qualifier.MoreThan) },
    };

    [Theory]
    [MemberData(nameof(ValidAmounts))]
    public void Read_ValidAmount_BuildsTheAmount(string yaml, Amount expected)
    {
        var fact = OneFact.Loaded(OneFact.LoadWith(ValidAmount, yaml));

        Assert.Equal(expected, fact.Amount);
    }

    [Fact]
    public void Read_ZeroValue_IsNotNegative()
    {
        var result = OneFact.LoadWith(ValidAmount, "{ value: 0, currency: USD }");

        Assert.DoesNotContain("amount must not be negative", OneFact.Messages(result));
        Assert.DoesNotContain(result.Errors, e => e.Message.StartsWith("amount", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ value: 12, min: 10, currency: USD }", "amount has both 'value' and 'min'/'max': use value for one figure, min and max for a range")]
    [InlineData("{ value: 12, max: 20, currency: USD }", "amount has both 'value' and 'min'/'max': use value for one figure, min and max for a range")]
    [InlineData("{ currency: USD }", "amount needs 'value' (one figure) or 'min' and 'max' (a range)")]
    [InlineData("{ max: 12, currency: USD }", "amount needs 'value' (one figure) or 'min' and 'max' (a range)")]
    [InlineData("{ min: 20, max: 12, currency: USD }", "amount min (20) is greater than max (12)")]
    [InlineData("{ value: -12, currency: USD }", "amount must not be negative")]
    [InlineData("{ value: 12, currency: USD, unit: percent }", "amount has both 'currency' and 'unit': money has a currency, other figures a unit")]
    [InlineData("{ value: 12 }", "amount needs a 'currency' (USD, EUR, …) or a 'unit' (percent, times, countries, organisations, parameters)")]
    [InlineData("{ value: twelve, currency: USD }", "'value' must be a number (use a dot for decimals), not 'twelve'")]
    [InlineData("{ value: 12, colour: green, currency: USD }", "unknown key 'colour' in amount (allowed: value, min, max, currency, unit, scale, qualifier)")]
    [InlineData("12", "amount must be a mapping of keys to values")]
    [InlineData("[12, USD]", "amount must be a mapping of keys to values")]
    public void Read_InvalidAmount_ReportsTheProblem(string yaml, string expected)
    {
        var result = OneFact.LoadWith(ValidAmount, yaml);

        Assert.Contains(expected, OneFact.Messages(result));
        Assert.Contains(result.Errors, e => e.Message == expected && e.FactId == "acme-2025");
    }

    // The allowed words come from the vocabulary's set, whose order is not the file's order.
    [Theory]
    [InlineData("{ value: 12, currency: DOGE }", "unknown currency 'DOGE'", "USD, EUR, GBP, CHF, JPY, CNY")]
    [InlineData("{ value: 12, currency: usd }", "unknown currency 'usd'", "USD, EUR, GBP, CHF, JPY, CNY")]
    [InlineData("{ value: 12, unit: furlongs }", "unknown unit 'furlongs'", "percent, times, countries, organisations, parameters")]
    [InlineData("{ value: 12, currency: USD, scale: gazillion }", "unknown scale 'gazillion'", "one, thousand, million, billion, trillion")]
    [InlineData("{ value: 12, currency: USD, qualifier: roughly }", "unknown qualifier 'roughly'", "exact, around, more_than, almost, up_to, possibly")]
    public void Read_UnknownWord_NamesItAndEveryAllowedWord(string yaml, string expected, string allowed)
    {
        var result = OneFact.LoadWith(ValidAmount, yaml);

        var error = Assert.Single(result.Errors, e => e.Message.StartsWith(expected + " (allowed: ", StringComparison.Ordinal));
        Assert.True(AllowedWords.Parse(allowed).SetEquals(AllowedWords.In(error.Message)), error.Message);
        Assert.Equal("acme-2025", error.FactId);
    }

    [Fact]
    public void Read_UnknownUnit_IsNotAlsoReportedAsMissingCurrency()
    {
        var result = OneFact.LoadWith(ValidAmount, "{ value: 12, unit: furlongs }");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("unknown unit 'furlongs'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AmountWithoutFigure_IsNoAmountAndNoFigureIsLookedFor()
    {
        var result = OneFact.LoadWith(ValidAmount, "{ currency: USD }");

        Assert.Equal(["a spending fact (kind capex) needs an 'amount'", "amount needs 'value' (one figure) or 'min' and 'max' (a range)"], OneFact.Messages(result));
    }

    [Fact]
    public void Read_ErrorInBlockAmount_IsReportedOnTheAmountsFirstLine()
    {
        var yaml = OneFact.Yaml("    amount: " + ValidAmount + "\n", "    amount:\n      value: -12\n      currency: USD\n");

        var error = Assert.Single(KnowledgeLoader.Load(yaml, "k.yaml").Errors, e => e.Message == "amount must not be negative");

        Assert.Equal(OneFact.LineOf(yaml, "      value: -12"), error.Line);
    }
}
