using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Languages.Numbers;

/// <summary>German number words.</summary>
public sealed class GermanNumberWords : INumberVocabulary
{
    public IReadOnlyDictionary<string, int> Cardinals { get; } = new Dictionary<string, int>
    {
        ["null"] = 0, ["eins"] = 1, ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4, ["fünf"] = 5, ["sechs"] = 6, ["sieben"] = 7,
        ["acht"] = 8, ["neun"] = 9, ["zehn"] = 10, ["elf"] = 11, ["zwölf"] = 12, ["dreizehn"] = 13, ["vierzehn"] = 14,
        ["fünfzehn"] = 15, ["sechzehn"] = 16, ["siebzehn"] = 17, ["achtzehn"] = 18, ["neunzehn"] = 19, ["zwanzig"] = 20,
        ["dreißig"] = 30, ["vierzig"] = 40, ["fünfzig"] = 50, ["sechzig"] = 60, ["siebzig"] = 70, ["achtzig"] = 80,
        ["neunzig"] = 90, ["hundert"] = 100, ["tausend"] = 1000, ["Dutzend"] = 12,
    };

    public IReadOnlyDictionary<string, int> CompoundForms { get; } = new Dictionary<string, int> { ["ein"] = 1 };

    public string? CompoundJoiner => "und";

    public IReadOnlyDictionary<string, int> Ordinals { get; } = new Dictionary<string, int>
    {
        ["erste"] = 1, ["zweite"] = 2, ["dritte"] = 3, ["vierte"] = 4, ["fünfte"] = 5, ["sechste"] = 6, ["siebte"] = 7,
        ["achte"] = 8, ["neunte"] = 9, ["zehnte"] = 10, ["elfte"] = 11, ["zwölfte"] = 12,
    };

    public IReadOnlyList<string> OrdinalEndings { get; } = ["", "n", "r", "s", "m"];

    public IReadOnlyDictionary<string, decimal> Fractions { get; } = new Dictionary<string, decimal>
    {
        ["Hälfte"] = 50, ["Drittel"] = 100m / 3, ["Viertel"] = 25,
    };

    public IReadOnlyDictionary<string, decimal> ArticleFractions { get; } = new Dictionary<string, decimal>();

    public IReadOnlyList<string> CountingArticles { get; } = ["ein", "eine", "einer", "einen", "einem", "eines"];

    public IReadOnlyList<string> MultiplierSuffixes { get; } = ["mal", "fach", "fache", "fachen"];

    public IReadOnlyDictionary<string, Scale> Scales { get; } = new Dictionary<string, Scale>
    {
        ["Tsd."] = Scale.Thousand, ["Tausend"] = Scale.Thousand, ["Mio."] = Scale.Million, ["Million"] = Scale.Million,
        ["Millionen"] = Scale.Million, ["Mrd."] = Scale.Billion, ["Milliarde"] = Scale.Billion, ["Milliarden"] = Scale.Billion,
        ["Billion"] = Scale.Trillion, ["Billionen"] = Scale.Trillion, ["Trillionen"] = Scale.Trillion,
    };

    public bool CapitalisesNouns => true;

    public char DecimalSeparator => ',';

    public IReadOnlyList<string> PercentWords { get; } = ["Prozent"];

    public IReadOnlyList<string> RangeWords { get; } = ["bis"];

    public IReadOnlyList<string> RangeJoiners { get; } = ["und"];

    public IReadOnlyList<string> RangeOpeners { get; } = ["zwischen"];

    public IReadOnlyDictionary<string, string> Currencies { get; } = new Dictionary<string, string>
    {
        ["US-Dollar"] = "USD", ["US-Dollars"] = "USD", ["Dollar"] = "USD", ["Dollars"] = "USD", ["Dollarn"] = "USD", ["Euro"] = "EUR", ["Euros"] = "EUR", ["Pfund"] = "GBP", ["Franken"] = "CHF",
        ["Yen"] = "JPY", ["Yuan"] = "CNY", ["Renminbi"] = "CNY",
    };
}
