using System.Globalization;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>German amounts: "rund 80 Mrd. US-Dollar", "60 bis 65 Mrd. US-Dollar", "1.000,5".</summary>
public sealed class GermanFigurePhrases : FigurePhrases
{
    public override string Number(decimal value)
    {
        var invariant = value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);
        return string.Create(invariant.Length, invariant, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = text[i] switch { ',' => '.', '.' => ',', var c => c };
            }
        });
    }

    public override string Amount(Amount amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (amount is { Unit: Unit.Percent, Min: 50, Max: 50 })
        {
            return "die Hälfte";
        }

        var numbers = amount.IsRange ? $"{Number(amount.Min)} bis {Number(amount.Max)}" : Number(amount.Min);
        if (amount.Unit == Unit.Times)
        {
            return amount.IsRange ? $"{Number(amount.Min)}- bis {Number(amount.Max)}-mal so groß" : $"{numbers}-mal so groß";
        }

        var scale = amount.Scale switch
        {
            Scale.Thousand => " Tsd.",
            Scale.Million => " Mio.",
            Scale.Billion => " Mrd.",
            Scale.Trillion => amount.Max == 1 ? " Billion" : " Billionen",
            _ => string.Empty,
        };
        var unit = amount.Unit switch
        {
            Unit.Money => " " + CurrencyName(amount.Currency),
            Unit.Percent => " %",
            Unit.Countries => " Länder",
            Unit.Organisations => " Organisationen",
            Unit.Parameters => " Parameter",
            _ => string.Empty,
        };
        return numbers + scale + unit;
    }

    public override string Qualifier(Qualifier qualifier) => qualifier switch
    {
        Knowledge.Qualifier.Around => "rund",
        Knowledge.Qualifier.MoreThan => "mehr als",
        Knowledge.Qualifier.Almost => "fast",
        Knowledge.Qualifier.UpTo => "bis zu",
        Knowledge.Qualifier.Possibly => "möglicherweise",
        _ => string.Empty,
    };

    public override string CurrencyName(string? currency) => currency switch
    {
        "USD" => "US-Dollar",
        "EUR" => "Euro",
        "GBP" => "Britische Pfund",
        "CHF" => "Schweizer Franken",
        _ => currency ?? string.Empty,
    };
}
