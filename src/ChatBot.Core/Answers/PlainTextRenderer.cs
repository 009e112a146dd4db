using System.Text;

namespace ChatBot.Core.Answers;

/// <summary>
/// Renders an answer as plain text for the console, the CLI and the JSON contract's <c>answer</c> field:
/// headline, one bullet per figure with its citation numbers, notes, then the numbered sources.
/// </summary>
public static class PlainTextRenderer
{
    public static string Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var phrases = Phrases.For(answer.Language);
        var text = new StringBuilder();
        text.Append(answer.Headline);
        foreach (var line in answer.Lead)
        {
            text.AppendLine().Append(line);
        }

        foreach (var section in answer.Sections)
        {
            text.AppendLine();
            if (section.Title is not null)
            {
                text.AppendLine().Append(section.Title).Append(':');
            }

            foreach (var item in section.Items)
            {
                text.AppendLine().Append("• ").Append(Line(item));
                if (item.ShowQuotes)
                {
                    foreach (var fact in item.Facts)
                    {
                        text.AppendLine().Append("    ").Append(phrases.Quoted(fact.Quote)).Append(" [").Append(answer.NumberOf(fact.SourceId)).Append(']');
                    }
                }
            }
        }

        foreach (var note in answer.Notes)
        {
            text.AppendLine().AppendLine().Append(note);
        }

        if (answer.Sources.Count > 0)
        {
            text.AppendLine().AppendLine().Append(phrases.SourcesLabel).Append(':');
            foreach (var cited in answer.Sources)
            {
                text.AppendLine().Append('[').Append(cited.Number).Append("] ").Append(phrases.SourceLine(cited.Source));
            }
        }

        return text.ToString();
    }

    /// <summary>"Amazon: more than $100 billion (2025) – statement [1, 2]".</summary>
    public static string Line(AnswerItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var line = new StringBuilder();
        if (item.Label is not null)
        {
            line.Append(item.Label).Append(": ");
        }

        if (item.Figure is not null)
        {
            line.Append(item.Figure);
            if (item.Period is not null)
            {
                line.Append(" (").Append(item.Period).Append(')');
            }

            line.Append(" – ");
        }

        line.Append(item.Text);
        if (item.Freshness is { } freshness)
        {
            line.Append(" (").Append(freshness.Note).Append(')');
        }

        if (item.SourceNumbers.Count > 0)
        {
            line.Append(" [").Append(string.Join(", ", item.SourceNumbers)).Append(']');
        }

        return line.ToString();
    }
}
