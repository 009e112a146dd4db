namespace ChatBot.Core.Answers;

/// <summary>German periods: "Geschäftsjahr 2025", "1. Quartal 2025", "bis 2028", "1. August 2024".</summary>
public sealed class GermanPeriodPhrases : PeriodPhrases
{
    private static readonly string[] Months =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    public override string Month(int month) => Months[Math.Clamp(month, 1, 12) - 1];

    public override string Date(DateOnly date) => $"{date.Day}. {Month(date.Month)} {date.Year}";

    public override string FiscalYear(int? year) => $"Geschäftsjahr {year}";

    public override string Quarter(int? quarter, int? year) => $"{quarter}. Quartal {year}";

    public override string Half(int? half, int? year) => $"{half}. Halbjahr {year}";

    public override string Until(int? year) => $"bis {year}";

    public override string FromUntil(int from, int? to) => $"{from} bis {to}";

    public override string Range(int? from, int? to) => $"{from}–{to}";

    public override string YearsFrom(int? years, int start) => $"{years} Jahre ab {start}";

    public override string NextYears(int? years) => $"in den nächsten {years} Jahren";

    public override string CurrentYear => "im laufenden Jahr (Jahr im Artikel nicht genannt)";

    public override string NotStated => "Zeitraum nicht genannt";

    public override string YearList(IReadOnlyList<int> years) => string.Join(" und ", years);

    public override string FiscalYearPrefix => "Geschäftsjahr ";

    public override string QuarterPrefix(int quarter) => $"{quarter}. Quartal ";

    public override string HalfPrefix(int half) => $"{half}. Halbjahr ";
}
