using System.Text.RegularExpressions;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>
/// When a fact's event happened, as its source states it: the fact's own date or month, else a month (with
/// its year, if given) named in the fact's statement ("In January Mark Zuckerberg raised…") or in its verbatim
/// quote. Never guessed. An announcement date the article gives (<see cref="Fact.Announced"/>) leads.
/// </summary>
internal static class WhenStated
{
    /// <summary>
    /// The lead line of a "when" answer: the announcement date the article states (the fact's <c>announced</c>
    /// field) comes first; otherwise the date the fact or its quote states; null when neither says.
    /// </summary>
    public static string? Lead(Fact fact, Phrases phrases, Language language)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(phrases);
        if (fact.Announced is { } announced)
        {
            return phrases.Announced(PeriodFormatter.Format(announced, language));
        }

        return Of(fact, language) is { } when ? phrases.When(when) : null;
    }

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

        // The article's own sentence may name the month the statement leaves out ("Im Januar hatte US-Präsident
        // Donald Trump angekündigt…"); the quote is German or English, the answer names the month in its language.
        foreach (var quoteLanguage in new[] { Language.German, Language.English })
        {
            for (var month = 1; month <= 12; month++)
            {
                var match = Regex.Match(fact.Quote, $@"\b{NumberText.Month(month, quoteLanguage)}\b(\s+(?<year>\d{{4}}))?", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
                if (match.Success)
                {
                    var name = NumberText.Month(month, language);
                    return match.Groups["year"].Success ? $"{name} {match.Groups["year"].Value}" : name;
                }
            }
        }

        return null;
    }
}
