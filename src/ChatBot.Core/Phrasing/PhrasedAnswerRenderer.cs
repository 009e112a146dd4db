using System.Text;
using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Phrasing;

/// <summary>
/// Renders a phrased answer as plain text: the checked reply, the template's notes, the "phrased by AI" label,
/// then the template's own numbered sources (never the model's). An unphrased answer renders exactly as <see cref="PlainTextRenderer"/>.
/// </summary>
public static class PhrasedAnswerRenderer
{
    public static string Label(Language language) => PhraseBooks.Default.For(language).Answers.PhrasedByAi;

    public static string Render(PhrasedAnswer phrased)
    {
        ArgumentNullException.ThrowIfNull(phrased);
        return Render(phrased, PhraseBooks.Default.For(phrased.Template.Language).Answers);
    }

    public static string Render(PhrasedAnswer phrased, AnswerPhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(phrased);
        ArgumentNullException.ThrowIfNull(phrases);
        if (phrased.Text is null)
        {
            return PlainTextRenderer.Render(phrased.Template, phrases);
        }

        var answer = phrased.Template;
        var text = new StringBuilder(phrased.Text.Trim());

        // The template's notes are the bot's own caveats (different periods or currencies, computed values): they stay.
        foreach (var note in answer.Notes)
        {
            text.AppendLine().AppendLine().Append(note);
        }

        text.AppendLine().AppendLine().Append('(').Append(phrases.PhrasedByAi).Append(')');
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
}
