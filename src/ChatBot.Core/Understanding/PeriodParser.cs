using System.Globalization;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Understanding.Vocabulary;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Reads the time a question asks about: years ("2025"), fiscal years ("FY25", "Geschäftsjahr 2025"),
/// quarters ("Q1", "im ersten Quartal"), halves, months ("September 2025"), "bis 2028", and relative years
/// ("dieses Jahr", "last year") resolved against the clock.
/// </summary>
internal static class PeriodParser
{
    /// <summary>"2025": a year, not a noun a word before it could describe.</summary>
    public static bool IsYearToken(string token) => Year(token) is not null;

    // breaks: clause marks before each token (ClauseBreaks); a negation ends at one.
    public static PeriodFilter Parse(IReadOnlyList<string> tokens, int currentYear, bool[] consumed, VocabularyIndex words, bool[]? breaks = null)
    {
        var years = new List<int>();
        var excluded = new List<int>();
        var fiscal = false;
        int? quarter = null, half = null, month = null, until = null;
        var relativeOnly = true;
        var yearBefore = false;

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var previous = i > 0 ? tokens[i - 1] : string.Empty;
            var next = i + 1 < tokens.Count ? tokens[i + 1] : string.Empty;

            if (EndOfDecade(tokens, i, currentYear, words) is { } decadeEnd)
            {
                until = decadeEnd;
                consumed[i] = true;
            }
            else if (Year(token) is { } year)
            {
                // Only a year asked for makes the period exact; "bis 2028" or "nicht 2024" next to "this year" does not.
                relativeOnly &= IsNegated(tokens, i, words, breaks) || IsUntil(tokens, i, year, currentYear, words);
                if (IsNegated(tokens, i, words, breaks))
                {
                    excluded.Add(year);
                }
                else if (IsUntil(tokens, i, year, currentYear, words))
                {
                    until = year;
                }
                else
                {
                    AddYear(years, year);
                }

                fiscal |= words.FiscalWords.Contains(previous) || (i > 1 && words.FiscalWords.Contains(tokens[i - 2]));
                consumed[i] = true;
            }
            else if (FiscalShorthand(token, words) is { } fy)
            {
                relativeOnly = false;
                AddYear(years, fy);
                fiscal = true;
                consumed[i] = true;
            }
            else if (token.Length >= 2 && token[^1] is >= '1' and <= '4' && words.QuarterPrefixes.Contains(token[..^1]))
            {
                quarter = IsNegated(tokens, i, words, breaks) ? quarter : token[^1] - '0';
                consumed[i] = true;
            }
            else if (token.Length >= 2 && token[^1] is '1' or '2' && words.HalfPrefixes.Contains(token[..^1]))
            {
                half = IsNegated(tokens, i, words, breaks) ? half : token[^1] - '0';
                consumed[i] = true;
            }
            else if (words.QuarterWords.Contains(token) && OrdinalAround(previous, next, words) is { } q)
            {
                quarter = IsNegated(tokens, i, words, breaks) ? quarter : q;
                ConsumeWithOrdinal(consumed, i, previous, words);
            }
            else if (words.HalfWords.Contains(token) && OrdinalAround(previous, next, words) is 1 or 2)
            {
                half = IsNegated(tokens, i, words, breaks) ? half : OrdinalAround(previous, next, words);
                ConsumeWithOrdinal(consumed, i, previous, words);
            }
            else if (words.Months.TryGetValue(token, out var first) && MonthRangeEnd(tokens, i, words) is { } last)
            {
                // "Jan–März 2025", "January to June": a quarter or half when the months make one.
                (quarter, half, month) = MonthRange(first, last.Month);
                consumed.AsSpan(i, last.Index - i + 1).Fill(true);
                i = last.Index;
            }
            else if (words.Months.TryGetValue(token, out var m) && Year(next) is not null)
            {
                month = m;
                consumed[i] = true;
            }
            else if (words.FiscalWords.Contains(token))
            {
                fiscal = true;
                consumed[i] = true;
            }
            else if (IsYearBefore(token, previous, next, words))
            {
                // "2025 als im Vorjahr": the year before the year the question names, resolved below.
                yearBefore = true;
                consumed[i] = true;
                if (words.YearWords.Contains(token) && words.YearBeforeFollowers.Contains(next))
                {
                    consumed[i + 1] = true;
                }
            }
            else if (RelativeYear(token, previous, currentYear, words) is { } relative)
            {
                AddYear(years, relative);
                consumed[i] = true;
                continue;
            }
        }

        if (yearBefore)
        {
            List<int> named = relativeOnly ? [] : [.. years];
            // The year before comes first, as in "from 2024 to 2025".
            var before = named.Count > 0 ? named.Min() - 1 : currentYear - 1;
            if (!years.Contains(before))
            {
                // Stryker disable once Linq : List.Count is no LINQ call; its "Sum" mutant cannot compile and would take every mutant of Parse with it
                years.Insert(named.Count > 0 ? years.IndexOf(named.Min()) : years.Count, before);
            }
        }

        // "this year" and "last year" are meant loosely (the newest figures answer them when that year has none);
        // "next year" is not: the newest figures are no figure for a year still to come.
        var loose = relativeOnly && years.Count > 0 && years.TrueForAll(year => year <= currentYear);
        var filter = new PeriodFilter(years, fiscal, quarter, half, month, until, IsRelative: loose);
        var result = filter.IsEmpty ? PeriodFilter.None : filter;
        return excluded.Count == 0 ? result : result with { ExcludedYears = excluded };
    }

    private static (int Index, int Month)? MonthRangeEnd(IReadOnlyList<string> tokens, int start, VocabularyIndex words)
    {
        var k = start + 1;
        if (k < tokens.Count && words.RangeWords.Contains(tokens[k]))
        {
            k++;
        }

        return k < tokens.Count && words.Months.TryGetValue(tokens[k], out var end) && end > words.Months[tokens[start]] ? (k, end) : null;
    }

    private static (int? Quarter, int? Half, int? Month) MonthRange(int first, int last) => (first, last) switch
    {
        _ when last - first == 2 && first % 3 == 1 => ((first + 2) / 3, null, null),
        (1, 6) => (null, 1, null),
        (7, 12) => (null, 2, null),
        _ => (null, null, null),
    };

    // A negation up to four words before the year, with no "sondern"/"but" or clause mark in between, excludes it:
    // "nicht Microsoft – Alphabet 2025" asks for 2025.
    private static bool IsNegated(IReadOnlyList<string> tokens, int yearIndex, VocabularyIndex words, bool[]? breaks)
    {
        for (var k = yearIndex - 1; k >= 0 && k >= yearIndex - 4; k--)
        {
            if (breaks is not null && breaks[k + 1])
            {
                return false;
            }

            // "nicht nur im ersten Quartal" / "not just Q1" excludes the part: "nur" right after a negation
            // belongs to it, while "not 2024, just 2025" still ends the negation at "just".
            if (words.Restrictions.Contains(tokens[k]) && k > 0 && words.PeriodNegations.Contains(tokens[k - 1]))
            {
                return true;
            }

            if (words.PeriodContrasts.Contains(tokens[k]) || Year(tokens[k]) is not null)
            {
                return false;
            }

            if (words.PeriodNegations.Contains(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    // "bis zum Ende des Jahrzehnts", "by the end of the decade": the decade's last year, as articles use it.
    private static int? EndOfDecade(IReadOnlyList<string> tokens, int index, int currentYear, VocabularyIndex words)
    {
        if (!words.DecadeWords.Contains(tokens[index]))
        {
            return null;
        }

        var near = tokens.Skip(Math.Max(0, index - 3)).Take(Math.Min(3, index));
        return near.Any(words.EndWords.Contains) ? (currentYear / 10 * 10) + 10 : null;
    }

    // "bis 2028", "bis Ende 2026", "until the end of 2026", "by end of 2026".
    // "by" is read by context: "by the end of 2026" and "by 2028" (years ahead) mean until, "by 2025" means for.
    // A phrase naming the end of the span is longer ("bis zum Ende des Jahres 2027"): filler words alone stay
    // within three, with an end word within five.
    private static bool IsUntil(IReadOnlyList<string> tokens, int yearIndex, int year, int currentYear, VocabularyIndex words)
    {
        const int Reach = 4;
        const int ReachWithEnd = 6;
        var sawEnd = false;
        for (var k = yearIndex - 1; k >= 0 && k >= yearIndex - (sawEnd ? ReachWithEnd : Reach); k--)
        {
            if (words.UntilWords.Contains(tokens[k]))
            {
                return !words.ContextualUntilWords.Contains(tokens[k]) || sawEnd || year >= currentYear + 2;
            }

            sawEnd |= words.EndWords.Contains(tokens[k]);

            if (!words.UntilFillers.Contains(tokens[k]))
            {
                return false;
            }
        }

        return false;
    }

    // The ordinal belongs to the period ("first quarter"), so it is no cue for "the first deal".
    private static void ConsumeWithOrdinal(bool[] consumed, int index, string previous, VocabularyIndex words)
    {
        consumed[index] = true;
        var ordinal = words.Ordinals.ContainsKey(previous) ? index - 1 : index + 1;
        if (ordinal >= 0 && ordinal < consumed.Length)
        {
            consumed[ordinal] = true;
        }
    }

    // "im ersten Quartal", "1. Quartal", "Quartal 1", "second half".
    private static int? OrdinalAround(string previous, string next, VocabularyIndex words) =>
        words.Ordinals.TryGetValue(previous, out var before) ? before : words.Ordinals.TryGetValue(next, out var after) ? after : null;

    private static void AddYear(List<int> years, int year)
    {
        if (!years.Contains(year))
        {
            years.Add(year);
        }
    }

    private static int? Year(string token) =>
        token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && Years.IsValid(year)
            ? year
            : null;

    // "fy25", "fy2025", "gj25"
    private static int? FiscalShorthand(string token, VocabularyIndex words)
    {
        foreach (var prefix in words.FiscalPrefixes)
        {
            if (token.Length - prefix.Length is 2 or 4 && token.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(token.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value < 100 ? 2000 + value : value;
            }
        }

        return null;
    }

    // "Vorjahr", "previous year", "the year before", "des vorigen Jahres": relative to a year the question names.
    private static bool IsYearBefore(string token, string previous, string next, VocabularyIndex words) =>
        words.YearBeforeWords.Contains(token)
        || (words.YearWords.Contains(token) && (words.PreviousYearModifiers.Contains(previous) || words.YearBeforeFollowers.Contains(next)));

    // "dieses Jahr", "this year", "last year", "nächstes Jahr", "heuer".
    private static int? RelativeYear(string token, string previous, int currentYear, VocabularyIndex words)
    {
        if (words.CurrentYearWords.Contains(token))
        {
            return currentYear;
        }

        return words.YearWords.Contains(token) && words.RelativeYears.TryGetValue(previous, out var offset) ? currentYear + offset : null;
    }
}
