using System.Collections.Frozen;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Languages.Numbers;

/// <summary>Single letters that are a scale only attached to digits ("$80bn" has a word, "$80b", "80m", "5k" a letter), in every language.</summary>
public static class ScaleLetters
{
    public static FrozenDictionary<string, Scale> Letters { get; } = new Dictionary<string, Scale>(StringComparer.Ordinal)
    {
        ["k"] = Scale.Thousand, ["m"] = Scale.Million, ["b"] = Scale.Billion,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
