using System.Text;

namespace ChatBot.Discord.Rendering;

/// <summary>Escapes text so Discord shows it literally instead of reading it as markdown.</summary>
internal static class DiscordMarkdown
{
    // Only inline markers: every escaped piece is placed after a bullet or label, never at the start of a line.
    private const string Special = "\\*_~`|";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
