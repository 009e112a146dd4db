using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>
/// Writes amounts the way each language does: "rund 80 Mrd. US-Dollar", "60 bis 65 Mrd. US-Dollar" in German;
/// "around $80 billion", "$60–65 billion" in English. Qualifiers are always kept.
/// </summary>
public static class FigureFormatter
{
    public static string Format(Amount amount, Language language)
    {
        ArgumentNullException.ThrowIfNull(amount);
        var core = language == Language.German ? German_(amount) : English_(amount);
        var qualifier = Qualifier(amount.Qualifier, language);
        return qualifier.Length == 0 ? core : $"{qualifier} {core}";
    }

    private static string German_(Amount amount)
    {
        if (amount is { Unit: Unit.Percent, Min: 50, Max: 50 })
        {
            return "die Hälfte";
        }

        var numbers = amount.IsRange
            ? $"{Number(amount.Min, Language.German)} bis {Number(amount.Max, Language.German)}"
            : Number(amount.Min, Language.German);
        if (amount.Unit == Unit.Times)
        {
            return amount.IsRange ? $"{Number(amount.Min, Language.German)}- bis {Number(amount.Max, Language.German)}-mal so groß" : $"{numbers}-mal so groß";
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
            Unit.Money => " " + CurrencyName(amount.Currency, Language.German),
            Unit.Percent => " %",
            Unit.Countries => " Länder",
            Unit.Organisations => " Organisationen",
            Unit.Parameters => " Parameter",
            _ => string.Empty,
        };
        return numbers + scale + unit;
    }

    private static string English_(Amount amount)
    {
        if (amount is { Unit: Unit.Percent, Min: 50, Max: 50 })
        {
            return "half";
        }

        var numbers = amount.IsRange
            ? $"{Number(amount.Min, Language.English)}–{Number(amount.Max, Language.English)}"
            : Number(amount.Min, Language.English);
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

    public static string CurrencyName(string? currency, Language language) => (currency, language == Language.German) switch
    {
        ("USD", true) => "US-Dollar",
        ("USD", _) => "US dollars",
        ("EUR", _) => "Euro",
        ("GBP", true) => "Britische Pfund",
        ("GBP", _) => "pounds sterling",
        ("CHF", true) => "Schweizer Franken",
        ("CHF", _) => "Swiss francs",
        _ => currency ?? string.Empty,
    };

    private static string? Symbol(string? currency) => currency switch
    {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        _ => null,
    };

    private static string Number(decimal value, Language language) => NumberText.Format(value, language);

    private static string Qualifier(Qualifier qualifier, Language language) => (qualifier, language == Language.German) switch
    {
        (Knowledge.Qualifier.Around, true) => "rund",
        (Knowledge.Qualifier.Around, _) => "around",
        (Knowledge.Qualifier.MoreThan, true) => "mehr als",
        (Knowledge.Qualifier.MoreThan, _) => "more than",
        (Knowledge.Qualifier.Almost, true) => "fast",
        (Knowledge.Qualifier.Almost, _) => "almost",
        (Knowledge.Qualifier.UpTo, true) => "bis zu",
        (Knowledge.Qualifier.UpTo, _) => "up to",
        (Knowledge.Qualifier.Possibly, true) => "möglicherweise",
        (Knowledge.Qualifier.Possibly, _) => "possibly",
        _ => string.Empty,
    };
}
