using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>
/// How a language writes numbers and amounts: separators, ranges, scale words, currencies, units and qualifiers.
/// Formatting rules live here, not in culture data, so output is identical on every machine.
/// </summary>
public abstract class FigurePhrases
{
    /// <summary>An amount with its qualifier ("rund 80 Mrd. US-Dollar", "around $80 billion").</summary>
    public string Format(Amount amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        var core = Amount(amount);
        var qualifier = Qualifier(amount.Qualifier);
        return qualifier.Length == 0 ? core : $"{qualifier} {core}";
    }

    /// <summary>A number in the language's convention (German "1.000,5", English "1,000.5").</summary>
    public abstract string Number(decimal value);

    /// <summary>The amount without its qualifier.</summary>
    public abstract string Amount(Amount amount);

    /// <summary>The words for a qualifier ("mehr als", "more than"); empty for an exact figure.</summary>
    public abstract string Qualifier(Qualifier qualifier);

    /// <summary>A currency's name for running text ("US-Dollar", "US dollars"); unknown codes stay as they are.</summary>
    public abstract string CurrencyName(string? currency);
}
