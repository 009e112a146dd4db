namespace ChatBot.Core.Knowledge;

public enum PeriodKind
{
    Unspecified,
    Year,
    FiscalYear,
    Quarter,
    Half,
    Month,
    Date,
    Until,
    Range,
    NextYears,
    CurrentYear,
}
