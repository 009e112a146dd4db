using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding;

namespace ChatBot.Core.Answers;

/// <summary>Describes a fact's period, or the period a question asks about, with a language's period phrases.</summary>
public static class PeriodFormatter
{
    /// <summary>The period in the default phrase book of <paramref name="language"/>.</summary>
    public static string Format(Period period, Language language) => Format(period, language, PhraseBooks.Default.For(language).Periods);

    public static string Format(Period period, Language language, PeriodPhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(phrases);
        if (period.Label is { } label)
        {
            return label.In(language);
        }

        return period.Kind switch
        {
            PeriodKind.Year => $"{period.Year}",
            PeriodKind.FiscalYear => phrases.FiscalYear(period.Year),
            PeriodKind.Quarter => phrases.Quarter(period.Part, period.Year),
            PeriodKind.Half => phrases.Half(period.Part, period.Year),
            PeriodKind.Month => $"{phrases.Month(period.Part ?? 1)} {period.Year}",
            PeriodKind.Date => period.Date is { } date ? phrases.Date(date) : string.Empty,
            PeriodKind.Until when period.FromYear is { } from => phrases.FromUntil(from, period.ToYear),
            PeriodKind.Until => phrases.Until(period.ToYear),
            PeriodKind.Range => phrases.Range(period.FromYear, period.ToYear),
            PeriodKind.NextYears when period.FromYear is { } start => phrases.YearsFrom(period.Years, start),
            PeriodKind.NextYears => phrases.NextYears(period.Years),
            PeriodKind.CurrentYear => phrases.CurrentYear,
            _ => phrases.NotStated,
        };
    }

    /// <summary>The period a question asks about ("Q1 2025", "bis 2028").</summary>
    public static string Describe(PeriodFilter period, PeriodPhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(phrases);
        if (period.UntilYear is { } until)
        {
            return phrases.Until(until);
        }

        var years = phrases.YearList(period.Years);
        var prefix = period.FiscalYear ? phrases.FiscalYearPrefix : string.Empty;
        var part = (period.Quarter, period.Half, period.Month) switch
        {
            ({ } q, _, _) => phrases.QuarterPrefix(q),
            (_, { } h, _) => phrases.HalfPrefix(h),
            (_, _, { } m) => phrases.Month(m) + " ",
            _ => string.Empty,
        };
        return (part + prefix + years).Trim();
    }
}
