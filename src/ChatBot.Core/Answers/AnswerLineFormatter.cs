using System.Text;

namespace ChatBot.Core.Answers;

/// <summary>
/// The one layout of an answer line ("Amazon: more than $100 billion (2025) – statement [1, 2]") for renderers that
/// must escape text for their markup and emphasise the figure; the pieces themselves come from the engine.
/// </summary>
public static class AnswerLineFormatter
{
    /// <param name="item">The line to format.</param>
    /// <param name="escape">Makes engine or knowledge text literal in the target markup.</param>
    /// <param name="figure">Wraps the already escaped figure, e.g. in bold.</param>
    public static string Format(AnswerItem item, Func<string, string> escape, Func<string, string> figure)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(escape);
        ArgumentNullException.ThrowIfNull(figure);
        var line = new StringBuilder();
        if (item.Label is not null)
        {
            line.Append(escape(item.Label)).Append(": ");
        }

        if (item.Figure is not null)
        {
            line.Append(figure(escape(item.Figure)));
            if (item.Period is not null)
            {
                line.Append(" (").Append(escape(item.Period)).Append(')');
            }

            line.Append(" – ");
        }

        line.Append(escape(item.Text));
        if (item.Freshness is { } freshness)
        {
            line.Append(" (").Append(escape(freshness.Note)).Append(')');
        }

        if (item.SourceNumbers.Count > 0)
        {
            line.Append(" [").Append(string.Join(", ", item.SourceNumbers)).Append(']');
        }

        return line.ToString();
    }
}
