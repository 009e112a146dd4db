using ChatBot.Core.Answers;

namespace ChatBot.Tests.Languages.Pseudo;

/// <summary>The pseudo-language's PeriodPhrases: every phrase marked, its text arguments left outside the marks.</summary>
internal sealed class PseudoPeriodPhrases : PeriodPhrases
{
    public override string Month(int month) => PseudoText.Mark("Month", month);

    public override string Date(DateOnly date) => PseudoText.Mark("Date", date);

    public override string FiscalYear(int? year) => PseudoText.Mark("FiscalYear", year);

    public override string Quarter(int? quarter, int? year) => PseudoText.Mark("Quarter", quarter, year);

    public override string Half(int? half, int? year) => PseudoText.Mark("Half", half, year);

    public override string Until(int? year) => PseudoText.Mark("Until", year);

    public override string FromUntil(int from, int? to) => PseudoText.Mark("FromUntil", from, to);

    public override string Range(int? from, int? to) => PseudoText.Mark("Range", from, to);

    public override string YearsFrom(int? years, int start) => PseudoText.Mark("YearsFrom", years, start);

    public override string NextYears(int? years) => PseudoText.Mark("NextYears", years);

    public override string CurrentYear => PseudoText.Mark("CurrentYear");

    public override string NotStated => PseudoText.Mark("NotStated");

    public override string YearList(IReadOnlyList<int> years) => PseudoText.Mark("YearList", years);

    public override string FiscalYearPrefix => PseudoText.Mark("FiscalYearPrefix");

    public override string QuarterPrefix(int quarter) => PseudoText.Mark("QuarterPrefix", quarter);

    public override string HalfPrefix(int half) => PseudoText.Mark("HalfPrefix", half);
}
