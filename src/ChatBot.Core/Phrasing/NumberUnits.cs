using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages.Numbers;

namespace ChatBot.Core.Phrasing;

/// <summary>The scale words, currency names and percent words written next to numbers, read from the languages' number words.</summary>
internal static class NumberUnits
{
    private static NumberWordReader Words => NumberWordReader.Default;

    /// <summary>A scale word in the reply's language first (German "Billion" is a trillion). Single letters count only attached to digits ("$80bn", "80m").</summary>
    public static Scale? ScaleOf(ReadOnlySpan<char> word, Language language, bool attached) =>
        attached && ScaleLetters.Letters.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var letter)
            ? letter
            : Words.ScaleOf(word, language);

    /// <summary>The ISO code of a currency sign or a currency word after the number ("US-Dollar", "euros").</summary>
    public static string? CurrencyOf(ReadOnlySpan<char> token) => Words.CurrencyOf(token);

    public static bool IsPercent(ReadOnlySpan<char> token) => token is "%" || Words.IsPercentWord(token);

    /// <summary>Words that join the two bounds of a range ("60 bis 65", "between 60 and 65").</summary>
    public static bool IsRangeWord(ReadOnlySpan<char> word) => Words.IsRangeWord(word);
}
