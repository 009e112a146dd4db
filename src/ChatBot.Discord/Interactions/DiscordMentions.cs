using System.Text.RegularExpressions;

namespace ChatBot.Discord.Interactions;

/// <summary>Helpers for telling whether a message addresses the bot and what it asks.</summary>
public static partial class DiscordMentions
{
    /// <summary>Removes every <c>&lt;@id&gt;</c> / <c>&lt;@!id&gt;</c> mention of the bot and trims the rest.</summary>
    public static string StripBotMention(string? content, string botUserId)
    {
        ArgumentNullException.ThrowIfNull(botUserId);
        if (string.IsNullOrEmpty(content))
        {
            return "";
        }

        return MentionPattern().Replace(content, match => match.Groups["id"].Value == botUserId ? " " : match.Value).Trim();
    }

    [GeneratedRegex(@"[ \t]*<@!?(?<id>\d+)>[ \t]*", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}
