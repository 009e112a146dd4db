namespace ChatBot.Core.Answers;

/// <summary>English periods: "fiscal year 2025", "Q1 2025", "until 2028", "1 August 2024".</summary>
public sealed class EnglishPeriodPhrases : PeriodPhrases
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public override string Month(int month) => Months[Math.Clamp(month, 1, 12) - 1];

    public override string Date(DateOnly date) => $"{date.Day} {Month(date.Month)} {date.Year}";

    public override string FiscalYear(int? year) => $"fiscal year {year}";

    public override string Quarter(int? quarter, int? year) => $"Q{quarter} {year}";

    public override string Half(int? half, int? year) => $"H{half} {year}";

    public override string Until(int? year) => $"until {year}";

    public override string FromUntil(int from, int? to) => $"{from} until {to}";

    public override string Range(int? from, int? to) => $"{from}–{to}";

    public override string YearsFrom(int? years, int start) => $"{years} years from {start}";

    public override string NextYears(int? years) => $"over the next {years} years";

    public override string CurrentYear => "the current year (year not stated in the article)";

    public override string NotStated => "period not stated";

    public override string YearList(IReadOnlyList<int> years) => string.Join(" and ", years);

    public override string FiscalYearPrefix => "fiscal year ";

    public override string QuarterPrefix(int quarter) => $"Q{quarter} ";

    public override string HalfPrefix(int half) => $"H{half} ";
}
