using System.Text.RegularExpressions;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>
/// When a fact's event happened, as its source states it: the fact's own date or month, else a month (with
/// its year, if given) named in the fact's statement ("In January Mark Zuckerberg raised…"). Never guessed.
/// </summary>
internal static class WhenStated
{
    public static string? Of(Fact fact, Language language)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (fact.Period.Kind is PeriodKind.Date or PeriodKind.Month)
        {
            return PeriodFormatter.Format(fact.Period, language);
        }

        var statement = fact.Statement.In(language);
        for (var month = 1; month <= 12; month++)
        {
            var name = NumberText.Month(month, language);
            var match = Regex.Match(statement, $@"\b{name}\b(\s+\d{{4}})?", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
            if (match.Success)
            {
                return match.Value;
            }
        }

        return null;
    }
}
