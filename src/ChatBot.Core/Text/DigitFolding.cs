using System.Globalization;

namespace ChatBot.Core.Text;

/// <summary>
/// Writes every Unicode decimal digit as its ASCII digit: full-width "２０２５" (what Chinese and Japanese keyboards
/// type), Arabic-Indic "٣" and Devanagari "२०२५" mean the same numbers as "2025" and "3", and number parsing with
/// the invariant culture only reads ASCII digits.
/// </summary>
public static class DigitFolding
{
    public static string ToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfNonAsciiDigit(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (buffer, state) =>
        {
            state.text.AsSpan().CopyTo(buffer);
            for (var i = state.first; i < buffer.Length; i++)
            {
                if (buffer[i] > '\u007f' && char.IsDigit(buffer[i]))
                {
                    buffer[i] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(buffer[i]));
                }
            }
        });
    }

    private static int IndexOfNonAsciiDigit(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > '\u007f' && char.IsDigit(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
