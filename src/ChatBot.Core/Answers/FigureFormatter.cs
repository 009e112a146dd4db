using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>
/// Writes amounts the way a language does, through its <see cref="FigurePhrases"/>: "rund 80 Mrd. US-Dollar" in
/// German, "around $80 billion" in English. Qualifiers are always kept.
/// </summary>
public static class FigureFormatter
{
    /// <summary>The amount in the default phrase book of <paramref name="language"/>.</summary>
    public static string Format(Amount amount, Language language) => PhraseBooks.Default.For(language).Figures.Format(amount);

    public static string CurrencyName(string? currency, Language language) => PhraseBooks.Default.For(language).Figures.CurrencyName(currency);
}
