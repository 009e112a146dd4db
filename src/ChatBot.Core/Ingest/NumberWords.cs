using System.Collections.Frozen;

namespace ChatBot.Core.Ingest;

/// <summary>German and English number words as articles write amounts ("fünf Milliarden", "a billion").</summary>
internal static class NumberWords
{
    public static readonly FrozenDictionary<string, decimal> Values = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["ein"] = 1, ["eine"] = 1, ["einer"] = 1, ["einem"] = 1, ["einen"] = 1, ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4,
        ["fünf"] = 5, ["sechs"] = 6, ["sieben"] = 7, ["acht"] = 8, ["neun"] = 9, ["zehn"] = 10, ["elf"] = 11,
        ["zwölf"] = 12, ["zwanzig"] = 20, ["dreißig"] = 30, ["vierzig"] = 40, ["fünfzig"] = 50, ["hundert"] = 100,
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The alternation for a regular expression, longest words first so "zwölf" wins over "zwei".</summary>
    public static string Pattern { get; } = string.Join("|", Values.Keys.OrderByDescending(word => word.Length));
}
