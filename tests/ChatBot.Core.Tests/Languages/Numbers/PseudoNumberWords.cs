using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages.Numbers;

namespace ChatBot.Core.Tests.Languages.Numbers;

/// <summary>A made-up language, to show a third language is only data and a registration.</summary>
internal sealed class PseudoNumberWords : INumberVocabulary
{
    public IReadOnlyDictionary<string, int> Cardinals { get; } = new Dictionary<string, int> { ["zork"] = 5, ["blat"] = 100, ["flum"] = 20 };

    public IReadOnlyDictionary<string, int> CompoundForms { get; } = new Dictionary<string, int>();

    public string? CompoundJoiner => null;

    public IReadOnlyDictionary<string, int> Ordinals { get; } = new Dictionary<string, int> { ["zorkth"] = 5 };

    public IReadOnlyList<string> OrdinalEndings { get; } = [""];

    public IReadOnlyDictionary<string, decimal> Fractions { get; } = new Dictionary<string, decimal> { ["halv"] = 50 };

    public IReadOnlyDictionary<string, decimal> ArticleFractions { get; } = new Dictionary<string, decimal>();

    public IReadOnlyList<string> CountingArticles { get; } = ["uno"];

    public IReadOnlyList<string> MultiplierSuffixes { get; } = [];

    public IReadOnlyDictionary<string, Scale> Scales { get; } = new Dictionary<string, Scale> { ["gigu"] = Scale.Billion };

    public bool CapitalisesNouns => false;

    public char DecimalSeparator => '.';

    public IReadOnlyList<string> PercentWords { get; } = ["perz"];

    public IReadOnlyList<string> RangeWords { get; } = ["tu"];

    public IReadOnlyList<string> RangeJoiners { get; } = ["en"];

    public IReadOnlyList<string> RangeOpeners { get; } = ["twix"];

    public IReadOnlyDictionary<string, string> Currencies { get; } = new Dictionary<string, string> { ["dolz"] = "USD" };
}
