using System.Text;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Phrasing;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Models;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Renders an answer as one Discord embed: the headline as title, lead and figures in the description, titled sections,
/// notes and the numbered sources as fields, and a "Sources" button that shows the verbatim quotes.
/// </summary>
public static class DiscordAnswerRenderer
{
    private const int AnsweredColor = 0x2E86AB;
    private const int UnansweredColor = 0x99AAB5;

    /// <summary>
    /// Message data for an interaction response; <see cref="DiscordInteractionProcessor"/> applies Discord's limits to
    /// every interaction response, so they are applied there only.
    /// </summary>
    public static InteractionCallbackData Render(Answer answer, MessageFlags? flags = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Render(answer, DiscordPhrases.For(answer.Language), flags);
    }

    /// <summary>The answer in the wording of <paramref name="phrases"/> (a registered or a test's phrase book).</summary>
    internal static InteractionCallbackData Render(Answer answer, DiscordPhrases phrases, MessageFlags? flags = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(phrases);
        return new InteractionCallbackData
        {
            Embeds = [Embed(answer, phrases)],
            Components = Components(answer, phrases),
            Flags = flags,
            AllowedMentions = AllowedMentions.None,
        };
    }

    /// <summary>
    /// A phrased answer: the checked reply as the description, the "phrased by AI" label as footer, and the bot's own
    /// sources and Sources button, exactly as for the template. Unphrased answers render as the template.
    /// </summary>
    public static InteractionCallbackData Render(PhrasedAnswer phrased, MessageFlags? flags = null)
    {
        ArgumentNullException.ThrowIfNull(phrased);
        if (phrased.Text is null)
        {
            return Render(phrased.Template, flags);
        }

        return DiscordMessageLimits.Apply(new InteractionCallbackData
        {
            Embeds = [PhrasedEmbed(phrased, phrased.Text)],
            Components = Components(phrased.Template, DiscordPhrases.For(phrased.Template.Language)),
            Flags = flags,
            AllowedMentions = AllowedMentions.None,
        });
    }

    /// <summary>A reply to a mention or DM, phrased when the phraser's reply passed the guard.</summary>
    public static MessageReply RenderReply(PhrasedAnswer phrased)
    {
        ArgumentNullException.ThrowIfNull(phrased);
        return phrased.Text is null
            ? RenderReply(phrased.Template)
            : new MessageReply(null, [PhrasedEmbed(phrased, phrased.Text)], Components(phrased.Template, DiscordPhrases.For(phrased.Template.Language)));
    }

    private static Embed PhrasedEmbed(PhrasedAnswer phrased, string text)
    {
        var answer = phrased.Template;
        var phrases = DiscordPhrases.For(answer.Language);
        IEnumerable<EmbedField> notes = answer.Notes.Count > 0
            ? [new EmbedField(phrases.NotesLabel, string.Join('\n', answer.Notes.Select(DiscordMarkdown.Escape)))]
            : [];
        return Embed(answer, phrases) with
        {
            Description = DiscordMarkdown.Escape(text),
            Fields = [.. notes, .. SourceFields(answer, phrases)],
            Footer = new EmbedFooter(phrases.Answers.PhrasedByAi),
        };
    }

    /// <summary>A reply to a mention or DM.</summary>
    public static MessageReply RenderReply(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var phrases = DiscordPhrases.For(answer.Language);
        return new MessageReply(null, [Embed(answer, phrases)], Components(answer, phrases));
    }

    internal static Embed Embed(Answer answer) => Embed(answer, DiscordPhrases.For(answer.Language));

    internal static Embed Embed(Answer answer, DiscordPhrases phrases)
    {
        var description = new StringBuilder();
        foreach (var line in answer.Lead)
        {
            AppendLine(description, DiscordMarkdown.Escape(line));
        }

        var fields = new List<EmbedField>();
        foreach (var section in answer.Sections)
        {
            var lines = section.Items.Select(item => Item(answer, item, phrases.Answers)).ToList();
            var value = string.Join('\n', lines);
            if (section.Title is { } title && value.Length <= DiscordMessageLimits.MaxFieldValueLength && fields.Count < DiscordMessageLimits.MaxFields - 2)
            {
                fields.Add(new EmbedField(DiscordMarkdown.Escape(title), value));
                continue;
            }

            if (section.Title is { } longTitle)
            {
                AppendLine(description, "");
                AppendLine(description, $"**{DiscordMarkdown.Escape(longTitle)}**");
            }

            lines.ForEach(line => AppendLine(description, line));
        }

        if (answer.Notes.Count > 0)
        {
            fields.Add(new EmbedField(phrases.NotesLabel, string.Join('\n', answer.Notes.Select(DiscordMarkdown.Escape))));
        }

        fields.AddRange(SourceFields(answer, phrases));
        return new Embed
        {
            Title = DiscordMarkdown.Escape(answer.Headline),
            Description = description.Length > 0 ? description.ToString() : null,
            Color = answer.Answered ? AnsweredColor : UnansweredColor,
            Fields = fields.Count > 0 ? fields : null,
        };
    }

    /// <summary>"Amazon: **more than $100 billion** (2025) – statement [1, 2]", with quotes below when asked for.</summary>
    internal static string Item(Answer answer, AnswerItem item, AnswerPhrases phrases)
    {
        var line = new StringBuilder("• ").Append(AnswerLineFormatter.Format(item, DiscordMarkdown.Escape, Bold));
        if (item.ShowQuotes)
        {
            foreach (var fact in item.Facts)
            {
                line.Append("\n> ").Append(phrases.Quoted(DiscordMarkdown.Escape(fact.Quote))).Append(" [").Append(answer.NumberOf(fact.SourceId)).Append(']');
            }
        }

        return line.ToString();
    }

    private static string Bold(string text) => $"**{text}**";

    /// <summary>"[1] “Title” – Publisher" lines (quotation marks of the answer's language), packed into as many fields as the 1024-character field limit needs.</summary>
    private static IEnumerable<EmbedField> SourceFields(Answer answer, DiscordPhrases phrases)
    {
        var value = new StringBuilder();
        var name = phrases.Answers.SourcesLabel;
        foreach (var cited in answer.Sources)
        {
            var line = $"[{cited.Number}] {SourceTitle(cited.Source, phrases)} – {DiscordMarkdown.Escape(cited.Source.Publisher ?? phrases.Answers.PublisherUnknown)}";
            if (value.Length > 0 && value.Length + 1 + line.Length > DiscordMessageLimits.MaxFieldValueLength)
            {
                yield return new EmbedField(name, value.ToString());
                name = phrases.SourcesContinued;
                value.Clear();
            }

            AppendLine(value, line);
        }

        if (value.Length > 0)
        {
            yield return new EmbedField(name, value.ToString());
        }
    }

    internal static string SourceTitle(Source source, DiscordPhrases phrases) =>
        source.Title is { } title
            ? phrases.Answers.Quoted(DiscordMarkdown.Escape(title))
            : $"{phrases.Answers.Untitled} ({DiscordMarkdown.Escape(source.File ?? source.Id)})";

    private static IReadOnlyList<Component>? Components(Answer answer, DiscordPhrases phrases) =>
        answer.Facts.Count == 0
            ? null
            : [new Component
            {
                Type = ComponentType.ActionRow,
                Components =
                [
                    new Component
                    {
                        Type = ComponentType.Button,
                        Style = (int)ButtonStyle.Secondary,
                        Label = phrases.QuotesButton,
                        CustomId = SourcesButtonId.For(answer.Facts.Select(f => f.Id)),
                    },
                ],
            }];

    private static void AppendLine(StringBuilder text, string line)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(line);
    }
}
