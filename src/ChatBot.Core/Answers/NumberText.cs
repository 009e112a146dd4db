using System.Globalization;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>
/// Number and month formatting per language without culture data, so output is identical on every machine
/// (the app runs in invariant-globalization mode): German "1.000" and "1,5", English "1,000" and "1.5".
/// </summary>
public static class NumberText
{
    private static readonly string[] GermanMonths =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(decimal value, Language language)
    {
        var invariant = value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);
        return language == Language.German
            ? string.Concat(invariant.Select(c => c switch { ',' => '.', '.' => ',', _ => c }))
            : invariant;
    }

    public static string Month(int month, Language language) =>
        (language == Language.German ? GermanMonths : EnglishMonths)[Math.Clamp(month, 1, 12) - 1];

    /// <summary>"1. August 2024" / "1 August 2024".</summary>
    public static string Date(DateOnly date, Language language) => language == Language.German
        ? $"{date.Day}. {Month(date.Month, language)} {date.Year}"
        : $"{date.Day} {Month(date.Month, language)} {date.Year}";
}
