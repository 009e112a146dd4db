using ChatBot.Core.Answers;

namespace ChatBot.Core.Knowledge.Editing.Forms;

/// <summary>
/// The statement written for a fact when nobody wrote one: "Amazon: more than $100 billion (2025)." One template for
/// the fact form (an empty statement field) and ingest drafts (every proposal), so both read alike and a fact's
/// statement always states its own figure.
/// </summary>
internal static class GeneratedStatement
{
    public static string Write(string subjectName, Amount amount, Period period, Language language)
    {
        ArgumentNullException.ThrowIfNull(subjectName);
        ArgumentNullException.ThrowIfNull(amount);
        var when = period.Kind == PeriodKind.Unspecified ? "" : $" ({PeriodFormatter.Format(period, language)})";
        return $"{subjectName}: {FigureFormatter.Format(amount, language)}{when}.";
    }
}
