using System.Globalization;
using System.Text;
using ChatBot.Discord.Interactions;

namespace ChatBot.Discord.Commands;

/// <summary>
/// A company name typed into a command option, made fit to be quoted back ("I have no figure for „…“"): control
/// characters become spaces, runs of white space one space, and the name is cut to what the option allows. Discord
/// enforces the option's length, but a payload is untrusted input whoever signed it. Markdown is escaped when the
/// answer is rendered and mentions never ping, so neither needs handling here.
/// </summary>
internal static class TypedName
{
    /// <summary>The company options' <c>max_length</c>.</summary>
    public const int MaxLength = 100;

    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var cleaned = new StringBuilder(Math.Min(text.Length, MaxLength * 2));
        foreach (var c in text)
        {
            var blank = char.IsControl(c) || char.IsWhiteSpace(c);
            if (!blank)
            {
                cleaned.Append(c);
            }
            else if (cleaned.Length > 0 && cleaned[^1] != ' ')
            {
                cleaned.Append(' ');
            }

            if (cleaned.Length > MaxLength * 2)
            {
                break;
            }
        }

        var name = DiscordMessageLimits.Truncate(cleaned.ToString().Trim(), MaxLength);

        // A typed option names a company even in lower case; the engine takes only capitalised unknown words for
        // names (free text is full of lower-case words it does not know), so the first letter is capitalised.
        return name.Length > 0 && char.IsLower(name[0]) ? char.ToUpper(name[0], CultureInfo.InvariantCulture) + name[1..] : name;
    }
}
