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

        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(d);
            }
        }
    }
}
