using System.Globalization;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>English amounts: "around $80 billion", "$60–65 billion", "1,000.5".</summary>
public sealed class EnglishFigurePhrases : FigurePhrases
{
    public override string Number(decimal value) =>
        value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);

    public override string Amount(Amount amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (amount is { Unit: Unit.Percent, Min: 50, Max: 50 })
        {
            return "half";
        }

        var numbers = amount.IsRange ? $"{Number(amount.Min)}–{Number(amount.Max)}" : Number(amount.Min);
        var scale = amount.Scale switch
        {
            Scale.Thousand => " thousand",
            Scale.Million => " million",
            Scale.Billion => " billion",
            Scale.Trillion => " trillion",
            _ => string.Empty,
        };
        return amount.Unit switch
        {
            Unit.Money when Symbol(amount.Currency) is { } symbol => symbol + numbers + scale,
            Unit.Money => $"{numbers}{scale} {amount.Currency}",
            Unit.Percent => numbers + "%",
            Unit.Times => numbers + " times as large",
            Unit.Countries => numbers + scale + " countries",
            Unit.Organisations => numbers + scale + " organisations",
            Unit.Parameters => numbers + scale + " parameters",
            _ => numbers + scale,
        };
    }

    public override string Qualifier(Qualifier qualifier) => qualifier switch
    {
        Knowledge.Qualifier.Around => "around",
        Knowledge.Qualifier.MoreThan => "more than",
        Knowledge.Qualifier.Almost => "almost",
        Knowledge.Qualifier.UpTo => "up to",
        Knowledge.Qualifier.Possibly => "possibly",
        _ => string.Empty,
    };

    public override string CurrencyName(string? currency) => currency switch
    {
        "USD" => "US dollars",
        "EUR" => "Euro",
        "GBP" => "pounds sterling",
        "CHF" => "Swiss francs",
        _ => currency ?? string.Empty,
    };

    private static string? Symbol(string? currency) => currency switch
    {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        _ => null,
    };
}
