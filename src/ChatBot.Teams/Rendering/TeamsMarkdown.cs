using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Teams.Rendering;

/// <summary>
/// Makes text literal in Adaptive Card markdown (bold, italic, links) and removes <c>&lt;at&gt;</c> tags, so no text a user
/// typed, and nothing from the knowledge, can become formatting, a link or a mention.
/// </summary>
internal static partial class TeamsMarkdown
{
    private const string Special = "\\*_~`";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = MentionTag().Replace(text, "");
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // "](" is what turns bracketed text into a link; breaking that pair is enough and leaves citations "[1]" readable.
            if (Special.Contains(c, StringComparison.Ordinal) || (c == '(' && i > 0 && text[i - 1] == ']'))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Removes mention tags but keeps their inner text, for plain-text fallbacks.</summary>
    public static string WithoutMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MentionTag().Replace(text, "");
    }

    [GeneratedRegex(@"</?at\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionTag();
}
