using System.Net;
using System.Text.RegularExpressions;
using ChatBot.Teams.Activities;

namespace ChatBot.Teams.Conversation;

/// <summary>
/// The question in a Teams message: the bot's own @mention removed (as the entities name it, in both the
/// <c>&lt;at&gt;Name&lt;/at&gt;</c> and <c>&lt;at&gt;@Name&lt;/at&gt;</c> forms), other mentions reduced to their names,
/// HTML tags and entities such as <c>&amp;nbsp;</c> decoded, whitespace collapsed.
/// </summary>
public static partial class TeamsQuestionText
{
    public static string Extract(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        var removedOwn = false;
        foreach (var mention in activity.Entities ?? [])
        {
            if (!string.Equals(mention.Type, "mention", StringComparison.OrdinalIgnoreCase) || botId is null || mention.Mentioned?.Id != botId)
            {
                continue;
            }

            foreach (var form in Forms(mention))
            {
                var stripped = text.Replace(form, " ", StringComparison.OrdinalIgnoreCase);
                removedOwn |= stripped != text;
                text = stripped;
            }
        }

        if (!removedOwn)
        {
            // Outgoing webhooks put their own mention first; the request may carry no entity naming it.
            text = LeadingMention().Replace(text, " ");
        }

        text = Tag().Replace(text, match => match.Value.StartsWith("<at", StringComparison.OrdinalIgnoreCase) || match.Value.StartsWith("</at", StringComparison.OrdinalIgnoreCase) ? "" : " ");
        text = WebUtility.HtmlDecode(text);
        return Whitespace().Replace(text, " ").Trim();
    }

    private static IEnumerable<string> Forms(ActivityEntity mention)
    {
        if (!string.IsNullOrEmpty(mention.Text))
        {
            yield return mention.Text;
        }

        if (mention.Mentioned?.Name is { Length: > 0 } name)
        {
            yield return $"<at>{name}</at>";
            yield return $"<at>@{name}</at>";
        }
    }

    [GeneratedRegex(@"^\s*<at\b[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LeadingMention();

    [GeneratedRegex(@"<[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\s\u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
