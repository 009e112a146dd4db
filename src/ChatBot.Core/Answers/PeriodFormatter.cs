using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>Describes a fact's period in the answer's language ("Geschäftsjahr 2025", "Q1 2025", "until 2028").</summary>
public static class PeriodFormatter
{
    public static string Format(Period period, Language language)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Label is { } label)
        {
            return label.In(language);
        }

        var de = language == Language.German;
        return period.Kind switch
        {
            PeriodKind.Year => $"{period.Year}",
            PeriodKind.FiscalYear => de ? $"Geschäftsjahr {period.Year}" : $"fiscal year {period.Year}",
            PeriodKind.Quarter => de ? $"{period.Part}. Quartal {period.Year}" : $"Q{period.Part} {period.Year}",
            PeriodKind.Half => de ? $"{period.Part}. Halbjahr {period.Year}" : $"H{period.Part} {period.Year}",
            PeriodKind.Month => $"{NumberText.Month(period.Part ?? 1, language)} {period.Year}",
            PeriodKind.Date => period.Date is { } date ? NumberText.Date(date, language) : string.Empty,
            PeriodKind.Until when period.FromYear is { } from => de ? $"{from} bis {period.ToYear}" : $"{from} until {period.ToYear}",
            PeriodKind.Until => de ? $"bis {period.ToYear}" : $"until {period.ToYear}",
            PeriodKind.Range => de ? $"{period.FromYear}–{period.ToYear}" : $"{period.FromYear}–{period.ToYear}",
            PeriodKind.NextYears when period.FromYear is { } start => de ? $"{period.Years} Jahre ab {start}" : $"{period.Years} years from {start}",
            PeriodKind.NextYears => de ? $"in den nächsten {period.Years} Jahren" : $"over the next {period.Years} years",
            PeriodKind.CurrentYear => de ? "im laufenden Jahr (Jahr im Artikel nicht genannt)" : "the current year (year not stated in the article)",
            _ => de ? "Zeitraum nicht genannt" : "period not stated",
        };
    }
}
