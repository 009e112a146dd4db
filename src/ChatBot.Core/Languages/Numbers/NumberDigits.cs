using System.Globalization;
using System.Runtime.CompilerServices;

namespace ChatBot.Core.Languages.Numbers;

/// <summary>Reads a run of digits with '.' and ',' separators ("1.000,5", "1,000.5") as written with a given decimal separator.</summary>
public static class NumberDigits
{
    /// <summary>
    /// The value of <paramref name="digits"/> read with <paramref name="decimalSeparator"/> (the other of '.' and ','
    /// groups thousands); <paramref name="buffer"/> needs room for the digits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryRead(ReadOnlySpan<char> digits, Span<char> buffer, char decimalSeparator, out decimal value)
    {
        var grouping = decimalSeparator == ',' ? '.' : ',';
        var length = 0;
        foreach (var c in digits)
        {
            if (c != grouping)
            {
                buffer[length++] = c == decimalSeparator ? '.' : c;
            }
        }

        return decimal.TryParse(buffer[..length], NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }
}
