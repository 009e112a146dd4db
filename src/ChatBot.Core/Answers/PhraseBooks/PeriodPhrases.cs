namespace ChatBot.Core.Answers;

/// <summary>How a language names periods: months, dates, fiscal years, quarters, spans ("Geschäftsjahr 2025", "Q1 2025").</summary>
public abstract class PeriodPhrases
{
    public abstract string Month(int month);

    /// <summary>"1. August 2024" / "1 August 2024".</summary>
    public abstract string Date(DateOnly date);

    public abstract string FiscalYear(int? year);

    public abstract string Quarter(int? quarter, int? year);

    public abstract string Half(int? half, int? year);

    public abstract string Until(int? year);

    public abstract string FromUntil(int from, int? to);

    public abstract string Range(int? from, int? to);

    public abstract string YearsFrom(int? years, int start);

    public abstract string NextYears(int? years);

    public abstract string CurrentYear { get; }

    public abstract string NotStated { get; }

    /// <summary>Joins the years a question names ("2024 und 2025").</summary>
    public abstract string YearList(IReadOnlyList<int> years);

    /// <summary>What precedes the years of a fiscal-year question ("Geschäftsjahr "), with its trailing space.</summary>
    public abstract string FiscalYearPrefix { get; }

    /// <summary>What precedes the year of a quarter question ("1. Quartal "), with its trailing space.</summary>
    public abstract string QuarterPrefix(int quarter);

    /// <summary>What precedes the year of a half-year question ("1. Halbjahr "), with its trailing space.</summary>
    public abstract string HalfPrefix(int half);
}
