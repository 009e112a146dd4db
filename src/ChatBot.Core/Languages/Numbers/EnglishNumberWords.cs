using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Languages.Numbers;

/// <summary>English number words.</summary>
public sealed class EnglishNumberWords : INumberVocabulary
{
    public IReadOnlyDictionary<string, int> Cardinals { get; } = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["thousand"] = 1000, ["dozen"] = 12,
    };

    public IReadOnlyDictionary<string, int> CompoundForms { get; } = new Dictionary<string, int>();

    public string? CompoundJoiner => null;

    public IReadOnlyDictionary<string, int> Ordinals { get; } = new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
    };

    public IReadOnlyList<string> OrdinalEndings { get; } = [""];

    public IReadOnlyDictionary<string, decimal> Fractions { get; } = new Dictionary<string, decimal>
    {
        ["half"] = 50, ["thirds"] = 100m / 3, ["quarters"] = 25,
    };

    public IReadOnlyDictionary<string, decimal> ArticleFractions { get; } = new Dictionary<string, decimal>
    {
        ["third"] = 100m / 3, ["quarter"] = 25,
    };

    public IReadOnlyList<string> CountingArticles { get; } = ["a", "an", "one"];

    public IReadOnlyList<string> MultiplierSuffixes { get; } = [];

    public IReadOnlyDictionary<string, Scale> Scales { get; } = new Dictionary<string, Scale>
    {
        ["thousand"] = Scale.Thousand, ["thousands"] = Scale.Thousand, ["million"] = Scale.Million, ["millions"] = Scale.Million,
        ["mn"] = Scale.Million, ["billion"] = Scale.Billion, ["billions"] = Scale.Billion, ["bn"] = Scale.Billion, ["bln"] = Scale.Billion,
        ["trillion"] = Scale.Trillion, ["trillions"] = Scale.Trillion, ["tn"] = Scale.Trillion,
    };

    public bool CapitalisesNouns => false;

    public char DecimalSeparator => '.';

    public IReadOnlyList<string> PercentWords { get; } = ["percent", "per cent", "pct"];

    public IReadOnlyList<string> RangeWords { get; } = ["to"];

    public IReadOnlyList<string> RangeJoiners { get; } = ["and"];

    public IReadOnlyList<string> RangeOpeners { get; } = ["between"];

    public IReadOnlyDictionary<string, string> Currencies { get; } = new Dictionary<string, string>
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["pound"] = "GBP", ["pounds"] = "GBP",
        ["francs"] = "CHF", ["yen"] = "JPY", ["yuan"] = "CNY", ["renminbi"] = "CNY",
    };
}
