using System.Globalization;
using System.Text;

namespace ChatBot.Core.Knowledge.Loading;

/// <summary>
/// An offending value as an error line quotes it: at most <see cref="KnowledgeLimits.MaxExcerptLength"/> characters,
/// control characters written as U+XXXX so an error line can neither grow with the file nor drive a terminal.
/// </summary>
internal static class ErrorExcerpt
{
    public static string Of(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(value.Length, KnowledgeLimits.MaxExcerptLength + 8));
        var elements = StringInfo.GetTextElementEnumerator(value);
        var count = 0;
        while (elements.MoveNext())
        {
            if (++count > KnowledgeLimits.MaxExcerptLength)
            {
                return builder.Append('…').ToString();
            }

            var element = elements.GetTextElement();
            if (element.Length == 1 && char.IsControl(element[0]))
            {
                builder.Append(CultureInfo.InvariantCulture, $"U+{(int)element[0]:X4}");
            }
            else
            {
                builder.Append(element);
            }
        }

        return builder.ToString();
    }
}
