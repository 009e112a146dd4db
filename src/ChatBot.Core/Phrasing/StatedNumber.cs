using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Phrasing;

/// <summary>A number a text states, with the scale, currency and percent sign written next to it.</summary>
/// <param name="Value">The number as written, before its scale ("80" in "80 Mrd.").</param>
/// <param name="Scale">The scale word next to it; <see cref="Scale.One"/> when there is none.</param>
/// <param name="Currency">The ISO code of a currency written next to it, or null.</param>
/// <param name="Percent">Whether it is a percentage or a fraction ("39 %", "die Hälfte").</param>
/// <param name="Written">How it appears in the folded text; a slice, so scanning allocates no string per number.</param>
public readonly record struct StatedNumber(decimal Value, Scale Scale, string? Currency, bool Percent, ReadOnlyMemory<char> Written = default)
{
    /// <summary>How it appears (folded), for messages.</summary>
    public string Text => Written.ToString();
}
