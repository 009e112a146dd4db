using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Ingest.Vocabulary;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages.Numbers;
using ChatBot.Core.Text;

namespace ChatBot.Core.Ingest;

/// <summary>
/// Reads the period a sentence gives its figure ("im Geschäftsjahr 2025", "FY25", "im ersten Quartal", "bis 2028",
/// "in den nächsten vier Jahren", "this year"), the one written nearest the figure winning. Relative periods are
/// resolved against the article's publication date when known, otherwise kept relative or left out.
/// </summary>
public static class PeriodScanner
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static IngestWords Words => IngestWords.Default;

    // A year is four digits and no more: "20250" is a number, not the year 2025 followed by a zero.
    private const string YearDigits = @"(?:19|20)\d{2}(?!\d)";

    // The alternatives of one expression, in the order they are tried, each with words it cannot match without.
    private static readonly (string Pattern, string[] Needs)[] Branches =
    [
        ($@"(?<fy>(?:{Words.FiscalYear})\s+(?<fyy>\d{{4}})(?!\d))", Words.Needs(v => v.FiscalYearWords)),
        ($@"(?<fys>(?<!\p{{L}})(?:{Words.FiscalPrefixes})\s?'?(?<fyy2>\d{{2}}|\d{{4}})(?!\d))", Words.Needs(v => v.FiscalPrefixes)),
        ($@"(?<decade>{Words.DecadeEnd})", Words.Needs(v => v.DecadeEndPhrases)),
        ($@"(?<until>(?:{Words.Until})\s+(?:(?:{Words.EndOf})\s+)?(?<uy>{YearDigits}))", Words.Needs(v => v.UntilWords)),
        ($@"(?<q>(?:(?:{Words.PartPrepositions})\s+)?(?<qn>{NumberPatterns.QuarterOrdinal})\s+(?:{Words.Quarter})(?:\s+(?:(?:{Words.PartYearLinks})\s+)?(?<qy>{YearDigits}))?)", Words.Needs(v => v.QuarterWords)),
        ($@"(?<qs>(?<!\p{{L}})(?:{Words.QuarterPrefixes})(?<qn2>[1-4])\s*(?<qy2>{YearDigits})?)", Words.Needs(v => v.QuarterPrefixes)),
        ($@"(?<h>(?:(?:{Words.PartPrepositions})\s+)?(?<hn>{NumberPatterns.HalfOrdinal})\s+(?:{Words.Half})(?:\s+(?:(?:{Words.PartYearLinks})\s+)?(?<hy>{YearDigits}))?)", Words.Needs(v => v.HalfWords)),
        ($@"(?<next>(?:{Words.NextYears})\s+(?<nn>\d+|{NumberPatterns.Number})\s+(?:{Words.Years}))", Words.Needs(v => v.NextYearsPhrases)),
        ($@"(?<month>(?<mn>{Words.MonthPattern})(?:\s+(?<my>{YearDigits}))?)(?!\p{{L}})", Words.Needs(v => v.Months.Keys)),
        ($@"(?<current>{Words.CurrentYear})", Words.Needs(v => v.CurrentYearPhrases)),
        ($@"(?<previous>{Words.PreviousYear})", Words.Needs(v => v.PreviousYearPhrases)),
        ($@"(?<year>(?<![\d.,]){YearDigits}(?![.,]\d))", ["19", "20"]),
    ];

    // One expression per set of alternatives a sentence can match at all: leaving out an alternative whose words the
    // sentence lacks cannot change what matches, and trying a dozen alternatives at every character made long pages slow.
    private static readonly ConcurrentDictionary<int, Regex> ByBranches = new();

    private static readonly int AllBranches = (1 << Branches.Length) - 1;

    // Each branch's words searched for at once, not word by word (this test ran for every figure of every sentence).
    private static readonly SearchValues<string>[] BranchWords = [.. Branches.Select(branch => SearchValues.Create(branch.Needs, StringComparison.OrdinalIgnoreCase))];

    private static readonly Regex Preposition = new($@"^(?:{Words.PeriodPrepositions})\s+(?=\S)", Options);

    /// <summary>The period nearest <paramref name="figureStart"/> in the sentence, or <see cref="Period.Unspecified"/>.</summary>
    public static Period Scan(string sentence, int figureStart, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        Period? best = null;
        var bestDistance = int.MaxValue;
        var branches = 0;
        for (var i = 0; i < Branches.Length; i++)
        {
            branches |= sentence.AsSpan().ContainsAny(BranchWords[i]) ? 1 << i : 0;
        }

        if (branches == 0)
        {
            return Period.Unspecified;
        }

        var matches = ByBranches.GetOrAdd(branches, Expression).Matches(sentence);
        // Undated articles: "Amazon plant 2025 …, im Vorjahr waren es 83 Milliarden" reads "im Vorjahr" (and a quarter,
        // half or month without its year) against the year the sentence itself names.
        var sentenceYear = matches.FirstOrDefault(m => m.Groups["year"].Success) is { } named ? Int(named.Value) : (int?)null;
        foreach (Match match in matches)
        {
            // Assigned first and tested apart: Stryker's mutation of an "is not { } period" pattern leaves 'period'
            // unassigned, and a mutant that does not compile takes every mutant of this method out of the run.
            var period = Read(match, published, sentenceYear);
            if (period is null)
            {
                continue;
            }

            // "… 2025 über 100 Milliarden, im Vorjahr waren es 83": a year before the named one opens the clause after it.
            if (match.Groups["previous"].Success && published is null && match.Index > figureStart)
            {
                continue;
            }

            var distance = Math.Abs(match.Index - figureStart);
            // A precise period beats a bare year in the same sentence ("Im Januar 2025 … im Geschäftsjahr 2025").
            if (match.Groups["year"].Success && best is not null)
            {
                continue;
            }

            if (best is null || distance < bestDistance || (best.Kind == PeriodKind.Year && !match.Groups["year"].Success && !match.Groups["previous"].Success))
            {
                best = period;
                bestDistance = distance;
            }
        }

        return best ?? Period.Unspecified;
    }

    /// <summary>
    /// One period as a moderator writes it ("2025", "Geschäftsjahr 2025", "FY25", "Q1 2025", "bis 2028"): the whole
    /// text must be that one period, optionally after "im"/"in". Relative periods ("this year") need a date to resolve
    /// and give null, as does any other text.
    /// </summary>
    public static Period? ParsePeriod(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().TrimEnd('.');
        return Whole(trimmed) ?? Whole(Preposition.Replace(trimmed, ""));
    }

    private static Period? Whole(string text)
    {
        var match = ByBranches.GetOrAdd(AllBranches, Expression).Match(text);
        return match.Success && match.Index == 0 && match.Length == text.Length && Read(match, published: null, sentenceYear: null) is { Kind: not PeriodKind.CurrentYear } period ? period : null;
    }

    private static Period? Read(Match m, DateOnly? published, int? sentenceYear)
    {
        var year = published?.Year;
        var partYear = year ?? sentenceYear;
        if (m.Groups["fy"].Success)
        {
            return new Period(PeriodKind.FiscalYear, Year: Int(m.Groups["fyy"].Value));
        }

        if (m.Groups["fys"].Success)
        {
            var y = Int(m.Groups["fyy2"].Value);
            return new Period(PeriodKind.FiscalYear, Year: y < 100 ? 2000 + y : y);
        }

        if (m.Groups["decade"].Success)
        {
            return year is { } now
                ? new Period(PeriodKind.Until, ToYear: (now / 10 * 10) + 9 + 1, Label: Words.DecadeEndLabel)
                : null;
        }

        if (m.Groups["until"].Success)
        {
            return new Period(PeriodKind.Until, ToYear: Int(m.Groups["uy"].Value));
        }

        if (m.Groups["q"].Success || m.Groups["qs"].Success)
        {
            var part = m.Groups["qn"].Success ? Ordinal(m.Groups["qn"].Value) : Int(m.Groups["qn2"].Value);
            var y = m.Groups["qy"].Success ? Int(m.Groups["qy"].Value) : m.Groups["qy2"].Success ? Int(m.Groups["qy2"].Value) : partYear;
            return y is null ? null : new Period(PeriodKind.Quarter, Year: y, Part: part);
        }

        if (m.Groups["h"].Success)
        {
            var y = m.Groups["hy"].Success ? Int(m.Groups["hy"].Value) : partYear;
            return y is null ? null : new Period(PeriodKind.Half, Year: y, Part: Ordinal(m.Groups["hn"].Value));
        }

        if (m.Groups["next"].Success)
        {
            if ((char.IsDigit(m.Groups["nn"].Value[0]) ? Int(m.Groups["nn"].Value) : (int?)NumberPatterns.Value(m.Groups["nn"].Value)) is not { } n)
            {
                return null;
            }

            return new Period(PeriodKind.NextYears, Years: n, FromYear: year, ToYear: year + n - 1, Label: new LocalizedText(
                [.. Words.NextYearsLabels.Select(label => KeyValuePair.Create(label.Language, string.Format(CultureInfo.InvariantCulture, label.Format, YearsIn(label.Language, n, m.Groups["nn"].Value))))]));
        }

        if (m.Groups["month"].Success)
        {
            var y = m.Groups["my"].Success ? Int(m.Groups["my"].Value) : partYear;
            // "Mai" and "may" are also ordinary words; without a year they are not read as months.
            var month = TextFolding.Fold(m.Groups["mn"].Value);
            return y is null || (!m.Groups["my"].Success && Words.AmbiguousMonths.Contains(month))
                ? null
                : new Period(PeriodKind.Month, Year: y, Part: Words.Months[month]);
        }

        if (m.Groups["current"].Success)
        {
            return year is { } now ? new Period(PeriodKind.Year, Year: now) : new Period(PeriodKind.CurrentYear);
        }

        if (m.Groups["previous"].Success)
        {
            return partYear is { } now ? new Period(PeriodKind.Year, Year: now - 1) : null;
        }

        return new Period(PeriodKind.Year, Year: Int(m.Groups["year"].Value));
    }

    // Each language's label names the number in its own word ("drei" read in a German article is "three" in the English
    // label, never "over the next drei years"); a number in digits stays digits.
    private static string YearsIn(Language language, int years, string written) =>
        char.IsDigit(written[0]) ? written : NumberWordReader.Default.CardinalWord(years, language) ?? years.ToString(CultureInfo.InvariantCulture);

    private static Regex Expression(int branches) =>
        new(string.Join('|', Branches.Where((_, i) => (branches & (1 << i)) != 0).Select(b => b.Pattern)), Options);

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static int Ordinal(string word) => NumberWordReader.Default.TryOrdinal(TextFolding.Fold(word), out var value) ? (int)value : 0;
}
