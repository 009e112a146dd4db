namespace ChatBot.Core.Phrasing;

/// <summary>
/// The folding the number scanner needs, without <see cref="Text.TextFolding"/>'s per-character accent stripping
/// (the guard folds every reply): lower case, umlauts spelled out so "fünf" meets "fuenf", dashes made plain.
/// A decomposed umlaut's combining diaeresis is spelled "e" too, so "fu\u0308nf" is still five: the process runs
/// with invariant globalization, where <see cref="string.Normalize()"/> does not compose it.
/// </summary>
internal static class NumberFolding
{
    public static string Fold(string text)
    {
        return string.Create(Length(text), text, static (span, source) =>
        {
            var at = 0;
            foreach (var c in source)
            {
                switch (c)
                {
                    case 'ä' or 'Ä': span[at++] = 'a'; span[at++] = 'e'; break;
                    case 'ö' or 'Ö': span[at++] = 'o'; span[at++] = 'e'; break;
                    case 'ü' or 'Ü': span[at++] = 'u'; span[at++] = 'e'; break;
                    case 'ß': span[at++] = 's'; span[at++] = 's'; break;
                    case '\u0308': span[at++] = 'e'; break;
                    case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212': span[at++] = '-'; break;
                    default: span[at++] = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c + 32 : c) : char.ToLowerInvariant(c); break;
                }
            }
        });
    }

    private static int Length(string text)
    {
        var length = text.Length;
        foreach (var c in text)
        {
            if (c is 'ä' or 'Ä' or 'ö' or 'Ö' or 'ü' or 'Ü' or 'ß')
            {
                length++;
            }
        }

        return length;
    }
}
