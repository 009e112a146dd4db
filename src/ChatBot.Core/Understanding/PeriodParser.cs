using System.Collections.Frozen;
using System.Globalization;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Understanding;

/// <summary>
/// Reads the time a question asks about: years ("2025"), fiscal years ("FY25", "Geschäftsjahr 2025"),
/// quarters ("Q1", "im ersten Quartal"), halves, months ("September 2025"), "bis 2028", and relative years
/// ("dieses Jahr", "last year") resolved against the clock.
/// </summary>
internal static class PeriodParser
{
    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>
    {
        ["erste"] = 1, ["ersten"] = 1, ["erstes"] = 1, ["erster"] = 1, ["first"] = 1, ["1"] = 1, ["1st"] = 1,
        ["zweite"] = 2, ["zweiten"] = 2, ["zweites"] = 2, ["zweiter"] = 2, ["second"] = 2, ["2"] = 2, ["2nd"] = 2,
        ["dritte"] = 3, ["dritten"] = 3, ["drittes"] = 3, ["dritter"] = 3, ["third"] = 3, ["3"] = 3, ["3rd"] = 3,
        ["vierte"] = 4, ["vierten"] = 4, ["viertes"] = 4, ["vierter"] = 4, ["fourth"] = 4, ["4"] = 4, ["4th"] = 4,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["januar"] = 1, ["january"] = 1, ["jan"] = 1, ["februar"] = 2, ["february"] = 2, ["feb"] = 2,
        ["maerz"] = 3, ["march"] = 3, ["april"] = 4, ["apr"] = 4, ["mai"] = 5, ["may"] = 5, ["juni"] = 6,
        ["june"] = 6, ["jun"] = 6, ["juli"] = 7, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["oktober"] = 10, ["october"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["dezember"] = 12, ["december"] = 12, ["dez"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> QuarterWords = FrozenSet.ToFrozenSet(["quartal", "quartals", "quarter"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> HalfWords = FrozenSet.ToFrozenSet(["halbjahr", "halbjahres", "haelfte", "half", "jahreshaelfte", "jahreshaelften", "halbjahrs"], StringComparer.Ordinal);

    // "nicht 2025", "not the 2025 budget", "ohne 2024": years named only to be excluded.
    private static readonly FrozenSet<string> NegationWords = FrozenSet.ToFrozenSet(
        ["nicht", "not", "ohne", "excluding", "except", "ausser", "statt", "anstatt", "instead", "without"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ContrastWords = FrozenSet.ToFrozenSet(["sondern", "but", "rather", "aber", "just", "only", "nur"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> UntilWords = FrozenSet.ToFrozenSet(["bis", "until", "by", "through", "till", "thru"], StringComparer.Ordinal);

    /// <summary>"june", "Sept", "März": a month name, vocabulary rather than a name.</summary>
    public static bool IsMonth(string token) => Months.ContainsKey(token);

    /// <summary>"2025": a year, not a noun a word before it could describe.</summary>
    public static bool IsYearToken(string token) => Year(token) is not null;

    public static PeriodFilter Parse(IReadOnlyList<string> tokens, int currentYear, bool[] consumed)
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

            if (EndOfDecade(tokens, i, currentYear) is { } decadeEnd)
            {
                until = decadeEnd;
                consumed[i] = true;
            }
            else if (Year(token) is { } year)
            {
                // Only a year asked for makes the period exact; "bis 2028" or "nicht 2024" next to "this year" does not.
                relativeOnly &= IsNegated(tokens, i) || IsUntil(tokens, i, year, currentYear);
                if (IsNegated(tokens, i))
                {
                    excluded.Add(year);
                }
                else if (IsUntil(tokens, i, year, currentYear))
                {
                    until = year;
                }
                else
                {
                    AddYear(years, year);
                }

                fiscal |= IsFiscalMarker(previous) || (i > 1 && tokens[i - 2] == "fiscal");
                consumed[i] = true;
            }
            else if (FiscalShorthand(token) is { } fy)
            {
                relativeOnly = false;
                AddYear(years, fy);
                fiscal = true;
                consumed[i] = true;
            }
            else if (token.Length == 2 && token[0] == 'q' && token[1] is >= '1' and <= '4')
            {
                quarter = IsNegated(tokens, i) ? quarter : token[1] - '0';
                consumed[i] = true;
            }
            else if (token.Length == 2 && token[0] == 'h' && token[1] is '1' or '2')
            {
                half = IsNegated(tokens, i) ? half : token[1] - '0';
                consumed[i] = true;
            }
            else if (QuarterWords.Contains(token) && OrdinalAround(previous, next) is { } q)
            {
                quarter = IsNegated(tokens, i) ? quarter : q;
                ConsumeWithOrdinal(consumed, i, previous);
            }
            else if (HalfWords.Contains(token) && OrdinalAround(previous, next) is 1 or 2)
            {
                half = IsNegated(tokens, i) ? half : OrdinalAround(previous, next);
                ConsumeWithOrdinal(consumed, i, previous);
            }
            else if (Months.TryGetValue(token, out var first) && MonthRangeEnd(tokens, i) is { } last)
            {
                // "Jan–März 2025", "January to June": a quarter or half when the months make one.
                (quarter, half, month) = MonthRange(first, last.Month);
                consumed.AsSpan(i, last.Index - i + 1).Fill(true);
                i = last.Index;
            }
            else if (Months.TryGetValue(token, out var m) && Year(next) is not null)
            {
                month = m;
                consumed[i] = true;
            }
            else if (IsFiscalMarker(token))
            {
                fiscal = true;
                consumed[i] = true;
            }
            else if (IsYearBefore(token, previous, next))
            {
                // "2025 als im Vorjahr": the year before the year the question names, resolved below.
                yearBefore = true;
                consumed[i] = true;
                if (token is "year" && next is "before")
                {
                    consumed[i + 1] = true;
                }
            }
            else if (RelativeYear(token, previous, next, currentYear) is { } relative)
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
                years.Insert(named.Count > 0 ? years.IndexOf(named.Min()) : years.Count, before);
            }
        }

        var filter = new PeriodFilter(years, fiscal, quarter, half, month, until, IsRelative: relativeOnly && years.Count > 0);
        var result = filter.IsEmpty ? PeriodFilter.None : filter;
        return excluded.Count == 0 ? result : result with { ExcludedYears = excluded };
    }

    private static (int Index, int Month)? MonthRangeEnd(IReadOnlyList<string> tokens, int start)
    {
        var k = start + 1;
        if (k < tokens.Count && tokens[k] is "bis" or "to" or "through" or "till" or "until" or "thru")
        {
            k++;
        }

        return k < tokens.Count && k > start && Months.TryGetValue(tokens[k], out var end) && end > Months[tokens[start]] ? (k, end) : null;
    }

    private static (int? Quarter, int? Half, int? Month) MonthRange(int first, int last) => (first, last) switch
    {
        _ when last - first == 2 && first % 3 == 1 => ((first + 2) / 3, null, null),
        (1, 6) => (null, 1, null),
        (7, 12) => (null, 2, null),
        _ => (null, null, null),
    };

    // A negation up to four words before the year, with no "sondern"/"but" in between, excludes it.
    private static bool IsNegated(IReadOnlyList<string> tokens, int yearIndex)
    {
        for (var k = yearIndex - 1; k >= 0 && k >= yearIndex - 4; k--)
        {
            // "nicht nur im ersten Quartal" / "not just Q1" excludes the part: "nur" right after a negation
            // belongs to it, while "not 2024, just 2025" still ends the negation at "just".
            if (tokens[k] is "nur" or "just" or "only" && k > 0 && NegationWords.Contains(tokens[k - 1]))
            {
                return true;
            }

            if (ContrastWords.Contains(tokens[k]) || Year(tokens[k]) is not null)
            {
                return false;
            }

            if (NegationWords.Contains(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    // "bis zum Ende des Jahrzehnts", "by the end of the decade": the decade's last year, as articles use it.
    private static int? EndOfDecade(IReadOnlyList<string> tokens, int index, int currentYear)
    {
        if (tokens[index] is not ("jahrzehnts" or "jahrzehnt" or "decade" or "dekade"))
        {
            return null;
        }

        var near = tokens.Skip(Math.Max(0, index - 3)).Take(Math.Min(3, index));
        return near.Any(t => t is "ende" or "end") ? (currentYear / 10 * 10) + 10 : null;
    }

    // "bis 2028", "bis Ende 2026", "until the end of 2026", "by end of 2026".
    // "by" is read by context: "by the end of 2026" and "by 2028" (years ahead) mean until, "by 2025" means for.
    private static bool IsUntil(IReadOnlyList<string> tokens, int yearIndex, int year, int currentYear)
    {
        var sawEnd = false;
        for (var k = yearIndex - 1; k >= 0 && k >= yearIndex - 4; k--)
        {
            if (UntilWords.Contains(tokens[k]))
            {
                return tokens[k] != "by" || sawEnd || year >= currentYear + 2;
            }

            sawEnd |= tokens[k] is "end" or "ende";

            if (tokens[k] is not ("ende" or "end" or "of" or "the" or "zum" or "des" or "jahres" or "year"))
            {
                return false;
            }
        }

        return false;
    }

    // The ordinal belongs to the period ("first quarter"), so it is no cue for "the first deal".
    private static void ConsumeWithOrdinal(bool[] consumed, int index, string previous)
    {
        consumed[index] = true;
        var ordinal = Ordinals.ContainsKey(previous) ? index - 1 : index + 1;
        if (ordinal >= 0 && ordinal < consumed.Length)
        {
            consumed[ordinal] = true;
        }
    }

    // "im ersten Quartal", "1. Quartal", "Quartal 1", "second half".
    private static int? OrdinalAround(string previous, string next) =>
        Ordinals.TryGetValue(previous, out var before) ? before : Ordinals.TryGetValue(next, out var after) ? after : null;

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
    private static int? FiscalShorthand(string token)
    {
        if (token.Length is not (4 or 6) || !(token.StartsWith("fy", StringComparison.Ordinal) || token.StartsWith("gj", StringComparison.Ordinal)))
        {
            return null;
        }

        if (!int.TryParse(token.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return value < 100 ? 2000 + value : value;
    }

    private static bool IsFiscalMarker(string token) =>
        token is "geschaeftsjahr" or "geschaeftsjahres" or "geschaeftsjahrs" or "finanzjahr" or "fiscal" or "fy" or "gj";

    // "dieses Jahr", "this year", "im Vorjahr", "last year", "nächstes Jahr", "heuer".
    // "Vorjahr", "previous year", "prior year", "the year before": relative to a year the question names.
    private static bool IsYearBefore(string token, string previous, string next) =>
        token is "vorjahr" or "vorjahres" or "vorjahreszeitraum"
        || (token is "year" && (previous is "previous" or "prior" || next is "before"))
        || (token is "jahr" && previous is "vorigen" or "voriges" or "vorherigen" or "vorheriges");

    private static int? RelativeYear(string token, string previous, string next, int currentYear)
    {
        if (token == "heuer")
        {
            return currentYear;
        }

        if (token is not ("jahr" or "year" or "jahres"))
        {
            return null;
        }

        return previous switch
        {
            "dieses" or "diesem" or "this" or "laufenden" or "current" => currentYear,
            "letztes" or "letzten" or "last" or "vergangenes" or "vergangenen" or "previous" => currentYear - 1,
            "naechstes" or "naechsten" or "next" or "kommendes" or "kommenden" or "coming" => currentYear + 1,
            _ => null,
        };
    }
}
