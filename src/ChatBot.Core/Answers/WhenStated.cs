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
    public static string? Lead(Fact fact, AnswerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(builder);
        if (fact.Announced is { } announced)
        {
            return builder.Phrases.Announced(builder.Period(announced));
        }

        return Of(fact, builder) is { } when ? builder.Phrases.When(when) : null;
    }

    public static string? Of(Fact fact, AnswerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(builder);
        if (fact.Period.Kind is PeriodKind.Date or PeriodKind.Month)
        {
            return builder.Period(fact.Period);
        }

        var statement = fact.Statement.In(builder.Language);
        for (var month = 1; month <= 12; month++)
        {
            var name = builder.Periods.Month(month);
            var match = Regex.Match(statement, $@"\b{Regex.Escape(name)}\b(\s+\d{{4}})?", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
            if (match.Success)
            {
                return match.Value;
            }
        }

        // The article's own sentence may name the month the statement leaves out ("Im Januar hatte US-Präsident
        // Donald Trump angekündigt…"); the quote is in any registered language, the answer names the month in its own.
        foreach (var quoteLanguage in builder.Books.Languages.OrderBy(l => l.Code, StringComparer.Ordinal))
        {
            var quotePeriods = builder.Books.For(quoteLanguage).Periods;
            for (var month = 1; month <= 12; month++)
            {
                var match = Regex.Match(fact.Quote, $@"\b{Regex.Escape(quotePeriods.Month(month))}\b(\s+(?<year>\d{{4}}))?", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
                if (match.Success)
                {
                    var name = builder.Periods.Month(month);
                    return match.Groups["year"].Success ? $"{name} {match.Groups["year"].Value}" : name;
                }
            }
        }

        return null;
    }
}
