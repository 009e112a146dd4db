using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Languages.Numbers;

/// <summary>
/// The words of one language that state numbers, as data: the quote checker, the ingest scanners and the phrasing
/// guard all read numbers through one <see cref="NumberWordReader"/> built from these. Words are written as the
/// language spells them ("fünf", "Hälfte"); the reader derives the folded spellings ("fuenf", "haelfte") itself.
/// A language is added by implementing this interface and registering it in <see cref="NumberVocabularies.Default"/>.
/// </summary>
public interface INumberVocabulary
{
    /// <summary>Cardinal words and their value: units, teens, tens, "hundert"/"hundred", "tausend"/"thousand", "Dutzend".</summary>
    IReadOnlyDictionary<string, int> Cardinals { get; }

    /// <summary>Forms a unit takes at the start of a one-word compound ("ein" of "einundzwanzig" and "einhundert").</summary>
    IReadOnlyDictionary<string, int> CompoundForms { get; }

    /// <summary>The word joining a unit to its tens inside one word ("und" of "zweiundachtzig"); null when the language writes them apart.</summary>
    string? CompoundJoiner { get; }

    /// <summary>Ordinal stems and their value ("zweite", "second").</summary>
    IReadOnlyDictionary<string, int> Ordinals { get; }

    /// <summary>Inflection endings an ordinal stem takes ("zweiten", "zweiter"); the empty ending is the stem itself.</summary>
    IReadOnlyList<string> OrdinalEndings { get; }

    /// <summary>Words for a share of a whole, as percent ("Hälfte" 50, "thirds" 33⅓).</summary>
    IReadOnlyDictionary<string, decimal> Fractions { get; }

    /// <summary>Share words that are a share only after a counting article ("a third", "a quarter"), being ordinals or periods otherwise.</summary>
    IReadOnlyDictionary<string, decimal> ArticleFractions { get; }

    /// <summary>Articles that count one before a scale or a share ("eine Milliarde", "a billion", "ein Drittel"), and are no number elsewhere.</summary>
    IReadOnlyList<string> CountingArticles { get; }

    /// <summary>Endings that make a cardinal a multiple ("sechsmal", "zehnfach").</summary>
    IReadOnlyList<string> MultiplierSuffixes { get; }

    /// <summary>Scale words written after a number and the scale they mean ("Milliarden", "billion"; German "Billion" is a trillion); an abbreviation is written with its period ("Mrd.").</summary>
    IReadOnlyDictionary<string, Scale> Scales { get; }

    /// <summary>Whether the language capitalises nouns, so a scale word written in lower case is a foreign one ("billion" in a German text).</summary>
    bool CapitalisesNouns { get; }

    /// <summary>The decimal separator of numbers written in digits ("80,5" in German, "80.5" in English); the other of '.' and ',' groups thousands.</summary>
    char DecimalSeparator { get; }

    /// <summary>Words for percent after a number ("Prozent", "percent").</summary>
    IReadOnlyList<string> PercentWords { get; }

    /// <summary>Words between the two bounds of a range ("60 bis 65", "60 to 65").</summary>
    IReadOnlyList<string> RangeWords { get; }

    /// <summary>Words that join two bounds only after a <see cref="RangeOpeners"/> word ("zwischen 60 und 65"), elsewhere two figures.</summary>
    IReadOnlyList<string> RangeJoiners { get; }

    /// <summary>Words opening a range whose bounds a <see cref="RangeJoiners"/> word joins ("zwischen", "between").</summary>
    IReadOnlyList<string> RangeOpeners { get; }

    /// <summary>Currency names written next to an amount and their ISO code ("US-Dollar", "euros"); signs and codes are in <see cref="CurrencySigns"/>.</summary>
    IReadOnlyDictionary<string, string> Currencies { get; }
}
