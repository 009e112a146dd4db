using System.Text;

namespace ChatBot.Core.Answers;

/// <summary>
/// Renders an answer as plain text for the console, the CLI and the JSON contract's <c>answer</c> field:
/// headline, one bullet per figure with its citation numbers, notes, then the numbered sources.
/// </summary>
public static class PlainTextRenderer
{
    /// <summary>The answer with the default phrase book of its language.</summary>
    public static string Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Render(answer, PhraseBooks.Default.For(answer.Language).Answers);
    }

    /// <summary>The answer with the labels and quotation marks of <paramref name="phrases"/> (the engine's phrase book).</summary>
    public static string Render(Answer answer, AnswerPhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(phrases);
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
    public static string Line(AnswerItem item) => AnswerLineFormatter.Format(item, Unchanged, Unchanged);

    private static string Unchanged(string text) => text;
}
