using ChatBot.Core.Answers;

namespace ChatBot.Core.Knowledge.Editing.Forms;

/// <summary>
/// A fact's current values as an edit form shows them: the figure and period as the bot says them in the
/// moderator's language. A field submitted as it was prefilled keeps the fact's exact value, so the wording here
/// never has to read back into the same figure.
/// </summary>
public static class FactFormPrefill
{
    public static FactForm From(Fact fact, Language language)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new FactForm(
            fact.SubjectId,
            fact.Amount is { } amount ? FigureFormatter.Format(amount, language) : "",
            fact.Period.Kind == PeriodKind.Unspecified ? "" : PeriodFormatter.Format(fact.Period, language),
            fact.SourceId,
            fact.Quote,
            $"de: {fact.Statement.In(Language.German)}\nen: {fact.Statement.In(Language.English)}");
    }
}
