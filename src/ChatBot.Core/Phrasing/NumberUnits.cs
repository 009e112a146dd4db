using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Phrasing;

/// <summary>The scale words, currency names and percent words written next to numbers, German and English.</summary>
internal static class NumberUnits
{
    /// <summary>Every word <see cref="ScaleOf"/> knows, for the scanner's quick first test.</summary>
    public static readonly string[] ScaleWords =
    [
        "tsd", "tausend", "thousand", "thousands", "mio", "million", "millionen", "millions", "mn", "mrd", "milliarde", "milliarden",
        "bn", "bln", "billions", "billion", "billionen", "trillion", "trillionen", "trillions", "tn",
    ];

    /// <summary>A scale word; German "Billion" is a trillion. Single letters count only attached to digits ("$80bn", "80m").</summary>
    public static Scale? ScaleOf(ReadOnlySpan<char> word, Language language, bool attached) => word switch
    {
        "tsd" or "tausend" or "thousand" or "thousands" => Scale.Thousand,
        "k" when attached => Scale.Thousand,
        "mio" or "million" or "millionen" or "millions" or "mn" => Scale.Million,
        "m" when attached => Scale.Million,
        "mrd" or "milliarde" or "milliarden" or "bn" or "bln" or "billions" => Scale.Billion,
        "b" when attached => Scale.Billion,
        "billion" => language == Language.German ? Scale.Trillion : Scale.Billion,
        "billionen" or "trillion" or "trillionen" or "trillions" or "tn" => Scale.Trillion,
        _ => null,
    };

    /// <summary>The ISO code of a currency sign or a currency word after the number ("US-Dollar", "euros").</summary>
    public static string? CurrencyOf(ReadOnlySpan<char> token) => token switch
    {
        "$" or "usd" or "dollar" or "dollars" or "dollarn" => "USD",
        "€" or "eur" or "euro" or "euros" => "EUR",
        "£" or "gbp" or "pfund" or "pound" or "pounds" => "GBP",
        "chf" or "franken" or "francs" => "CHF",
        "¥" or "jpy" or "yen" => "JPY",
        "cny" or "yuan" or "renminbi" => "CNY",
        _ => null,
    };

    public static bool IsPercent(ReadOnlySpan<char> token) => token is "%" or "prozent" or "percent" or "pct";

    /// <summary>Words that join the two bounds of a range ("60 bis 65", "between 60 and 65").</summary>
    public static bool IsRangeWord(ReadOnlySpan<char> word) => word is "bis" or "to" or "und" or "and";
}
