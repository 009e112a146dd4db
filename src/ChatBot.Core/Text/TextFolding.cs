using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace ChatBot.Core.Text;

/// <summary>
/// Folds text for matching: lower case, German umlauts spelled out (ä → ae, ß → ss) so "Geschäftsjahr" and
/// "Geschaeftsjahr" meet, other accents dropped, typographic quotes and dashes made plain.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            AppendFolded(builder, char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Collapses whitespace and unifies typographic quotes, for verbatim quote comparison.</summary>
    public static string NormalizeForQuote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                '\u201E' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
                '\u2018' or '\u2019' or '\u201A' => '\'',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case 'ä': builder.Append("ae"); return;
            case 'ö': builder.Append("oe"); return;
            case 'ü': builder.Append("ue"); return;
            case 'ß': builder.Append("ss"); return;
            case '\u2019' or '\u2018' or '`' or '\u00B4': builder.Append('\''); return;
            case '\u2013' or '\u2014' or '\u2011' or '\u2010': builder.Append('-'); return;
            case '\u00A0': builder.Append(' '); return;
        }

        if (c < 128)
        {
            builder.Append(c);
            return;
        }

        if (LatinBases.TryGetValue(c, out var plain))
        {
            builder.Append(plain);
            return;
        }

        // A combining accent typed after its letter ("e" + U+0301) is dropped like a precomposed one.
        if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
        {
            builder.Append(c);
        }
    }

    // The build runs in invariant globalization mode, where string.Normalize has no decomposition data, so the accented
    // Latin letters names are written with map to their base letters here (lower case: Fold lowers first).
    private static readonly FrozenDictionary<char, string> LatinBases = new (string Base, string Accented)[]
    {
        ("a", "àáâãåāăąǎǟǡǻȁȃȧ"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęěȅȇȩ"), ("g", "ĝğġģǧǵ"), ("h", "ĥȟ"),
        ("i", "ìíîïĩīĭįǐȉȋı"), ("j", "ĵǰ"), ("k", "ķǩ"), ("l", "ĺļľł"), ("n", "ñńņňǹ"), ("o", "òóôõōŏőơǒǫǭȍȏȫȭȯȱø"),
        ("r", "ŕŗřȑȓ"), ("s", "śŝşšș"), ("t", "ţťț"), ("u", "ùúûũūŭůűųưǔǖǘǚǜȕȗ"), ("w", "ŵ"), ("y", "ýÿŷȳ"),
        ("z", "źżž"), ("ae", "æ"), ("oe", "œ"),
    }.SelectMany(pair => pair.Accented.Select(accented => KeyValuePair.Create(accented, pair.Base))).ToFrozenDictionary();
}
