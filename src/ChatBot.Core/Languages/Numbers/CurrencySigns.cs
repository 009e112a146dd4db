namespace ChatBot.Core.Languages.Numbers;

/// <summary>Currency signs and ISO codes, which every language writes alike ("$", "€", "USD"), and their ISO code.</summary>
public static class CurrencySigns
{
    /// <summary>Signs written right before or after an amount.</summary>
    public static IReadOnlyDictionary<string, string> Signs { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["US$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY",
    };

    /// <summary>ISO codes written as words.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["USD", "EUR", "GBP", "CHF", "JPY", "CNY"];
}
