using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Knowledge;
using ChatBot.Core.Ingest.Vocabulary;
using ChatBot.Core.Languages.Numbers;
using ChatBot.Core.Text;

namespace ChatBot.Core.Ingest;

/// <summary>
/// Finds the figures a sentence states: money ("rund 80 Milliarden US-Dollar", "$80bn", "60–65 billion", "109 Mrd.
/// Euro", "zwischen drei und vier Billionen") and counts worth keeping (percentages, multiples, countries,
/// organisations, parameters), with the article's qualifier. Bare numbers (years, dates, ids) are not figures.
/// </summary>
public static class FigureScanner
{
    private const string Digits = @"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?";

    // A number in digits or words; "mal"/"fach" may follow a word directly ("sechsmal").
    private static readonly string NumberText = $$"""(?:{{Digits}}|(?:{{NumberPatterns.Number}})(?=(?:{{NumberPatterns.Multiplier}})|[^\p{L}]|$))""";

    // A figure is read in two steps: its first number, then what follows it (a range's second bound, scale, currency,
    // unit), anchored at the number's end. One expression holding every number word of both bounds compiled to a
    // matching method the JIT declined to optimise (over its size limit: unoptimised code, 5–10× slower at every
    // position of every sentence). Everything after the first number is optional, so the split matches the same text.
    private static readonly Regex Head = new(
        $$"""
        (?<pre>(?:{{NumberPatterns.SignBefore}})\s?)?
        (?<![\p{L}\d.,/:]|\p{L}-)(?<a>{{NumberText}})
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Tail = new(
        $$"""
        \G
        (?:(?:\s*-?\s*(?:{{NumberPatterns.RangeWord}})\s+|\s*[–—-]\s*|\s+(?:{{NumberPatterns.RangeJoiner}})\s+(?<=(?:{{NumberPatterns.RangeOpener}})\s+\S+\s+(?:{{NumberPatterns.RangeJoiner}})\s+))(?:{{NumberPatterns.SignBefore}})?\s?(?<b>{{NumberText}}))?
        (?:[\s\u00a0-]*(?<scale>{{NumberPatterns.Scale}})(?!\p{L}))?
        (?:[\s\u00a0-]*(?<cur>{{NumberPatterns.CurrencyAfter}})(?!\p{L}))?
        (?:[\s\u00a0-]*(?<unit>%|{{NumberPatterns.Percent}}|{{NumberPatterns.Multiplier}}|{{IngestWords.Default.TimesPattern}}|{{IngestWords.Default.CountedNounPattern}})(?!\p{L}))?
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "die Hälfte", "the half", "zwei Drittel", "two-thirds": a share, counted by the number before it. After an ordinal
    // it is part of a period ("in der zweiten Hälfte von 2025"), no share.
    private static readonly Regex Share = new(
        $@"(?<!\p{{L}})(?:(?:{IngestWords.Default.ShareArticles})\s+|(?<ordinal>{NumberPatterns.Ordinal})\s+|(?<count>{NumberPatterns.Number})[\s-]+)?(?<share>{NumberPatterns.Fraction})(?!\p{{L}})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // The reader builds its spelling lists on every call: read once, not for every number of every sentence.
    private static readonly IReadOnlyList<string> Suffixes = NumberWordReader.Default.SuffixSpellings;

    private static readonly SearchValues<string> ShareWords = SearchValues.Create([.. NumberWordReader.Default.FractionSpellings], StringComparison.OrdinalIgnoreCase);

    private static readonly Regex Possibly = new($@"(?<!\p{{L}})(?:{IngestWords.Default.Possibly})(?!\p{{L}})", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Regex QualifierBefore = new(
        $@"(?<!\p{{L}})(?:(?<around>{IngestWords.Default.Around})|(?<more>{IngestWords.Default.MoreThan})|(?<almost>{IngestWords.Default.Almost})|(?<upto>{IngestWords.Default.UpTo}))\s+$",
        RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.Compiled);

    // Every figure the scanner keeps names a currency, a scale or a unit (or is "die Hälfte"): a sentence with none of
    // their words cannot hold one, and most sentences of a long page are skipped before the figure expression runs.
    private static readonly SearchValues<string> FigureWords = SearchValues.Create(
        [
            .. CurrencySigns.Signs.Keys, .. CurrencySigns.Codes, .. NumberWordReader.Default.CurrencySpellings, .. NumberWordReader.Default.ScaleSpellings,
            .. NumberWordReader.Default.PercentSpellings, .. NumberWordReader.Default.SuffixSpellings, .. NumberWordReader.Default.FractionSpellings,
            .. IngestWords.Default.UnitWordSpellings, "%",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The figures in one sentence, in order. <paramref name="defaultCurrency"/> stands in when an amount has a scale but names no currency.</summary>
    public static IReadOnlyList<ScannedFigure> Scan(string sentence, Language language, string? defaultCurrency)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (!MayHoldFigure(sentence))
        {
            return [];
        }

        var figures = new List<ScannedFigure>();
        for (var head = Head.Match(sentence); head.Success; )
        {
            // The tail cannot fail (all of it is optional); the next figure is looked for after it, as one expression would.
            var tail = Tail.Match(sentence, head.Index + head.Length);
            if (Read(head, tail, sentence, language, defaultCurrency) is { } figure)
            {
                figures.Add(figure);
            }

            head = Head.Match(sentence, tail.Index + tail.Length);
        }

        // Most sentences have no share word: the share expression, with every number and ordinal word in it, is not run on them.
        var shares = sentence.AsSpan().ContainsAny(ShareWords) ? Share.Matches(sentence) : null;
        foreach (Match match in (IEnumerable<Match>?)shares ?? [])
        {
            var count = match.Groups["ordinal"].Success ? null : match.Groups["count"].Success ? NumberPatterns.Value(match.Groups["count"].Value) : 1;
            // Assigned before the test, so that every mutant of the condition still compiles (Stryker would otherwise drop all of Scan's mutants).
            var share = 0m;
            if (count is null || !NumberWordReader.Default.TryFraction(TextFolding.Fold(match.Groups["share"].Value), out share))
            {
                continue;
            }

            var percent = Math.Round(count.Value * share, 2);
            var amount = new Amount(percent, percent, Unit.Percent, null, Scale.One, QualifierAt(sentence, match.Index));
            figures.Add(new ScannedFigure(amount, match.Index, match.Length, CurrencyInferred: false));
        }

        return [.. figures.OrderBy(figure => figure.Start)];
    }

    private static bool MayHoldFigure(string sentence)
    {
        var text = sentence.AsSpan();
        if (text.ContainsAny(FigureWords))
        {
            return true;
        }

        // "10x" / "10 x": the one unit too short to search for as a word.
        for (var i = text.IndexOfAny('x', 'X'); i > 0; i = text[(i + 1)..].IndexOfAny('x', 'X') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (char.IsDigit(text[i - 1]) || (i > 1 && text[i - 1] == ' ' && char.IsDigit(text[i - 2])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One amount as a moderator writes it ("rund 80 Mrd. US-Dollar", "60–65 billion USD", "39 %", "$80bn"): the whole
    /// text must be that one figure, optionally after a qualifier ("rund", "more than") or "zwischen"/"between" before
    /// a range. Null when it is not exactly one figure. Money without a currency keeps a null currency.
    /// </summary>
    public static Amount? ParseAmount(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().TrimEnd('.', ' ');
        var figures = Scan(trimmed, language, defaultCurrency: null);
        if (figures is not [var figure] || !IsOnlyQualifier(trimmed[..figure.Start], figure.Amount.IsRange))
        {
            return null;
        }

        var rest = trimmed[(figure.Start + figure.Length)..];
        return rest.Trim().Length == 0 ? figure.Amount : null;
    }

    private static bool IsOnlyQualifier(string prefix, bool isRange)
    {
        var words = prefix.Trim();
        if (words.Length == 0 || (isRange && NumberWordReader.Default.IsRangeOpener(TextFolding.Fold(words))))
        {
            return true;
        }

        var qualifier = QualifierBefore.Match(prefix.TrimStart() + " ");
        var possibly = Possibly.Match(words);
        return (qualifier.Success && qualifier.Index == 0) || (possibly.Success && possibly.Length == words.Length);
    }

    private static ScannedFigure? Read(Match head, Match tail, string sentence, Language language, string? defaultCurrency)
    {
        var a = head.Groups["a"].Value;
        var isWord = !char.IsDigit(a[0]);
        var b = tail.Groups["b"];
        var scaleText = tail.Groups["scale"].Value;
        var unitText = tail.Groups["unit"].Value;
        var currency = Currency(head.Groups["pre"].Value.Trim()) ?? Currency(tail.Groups["cur"].Value);
        if (Suffixes.FirstOrDefault(suffix => a.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || b.Value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) is { } suffix)
        {
            unitText = suffix;
        }

        var unit = UnitOf(unitText);
        var scale = ScaleOf(scaleText, language);
        var shortScale = scaleText.Length is > 0 and <= 2;
        if (shortScale && currency is null)
        {
            return null;
        }

        if (unit is null && currency is null && (scale is null || !EndsAmount(sentence, tail.Index + tail.Length)))
        {
            return null;
        }

        // "einmal", "noch einmal", "once": a word for one with a multiplier is an adverb, not a figure.
        if (isWord && ((scale is null && unit is null) || (unit == Unit.Times && NumberPatterns.Value(a) == 1)))
        {
            return null;
        }

        if (Number(a, language) is not { } min || (b.Success ? Number(b.Value, language) : min) is not { } max || max < min)
        {
            return null;
        }

        if (unit is Unit.Parameters && scale is null)
        {
            scale = Scale.One;
        }

        var inferred = unit is null && currency is null;
        var qualifier = QualifierAt(sentence, head.Index);
        if (qualifier == Qualifier.Exact && Possibly.IsMatch(sentence))
        {
            qualifier = Qualifier.Possibly;
        }

        var amount = unit is { } u
            ? new Amount(min, max, u, null, u == Unit.Parameters ? scale ?? Scale.One : Scale.One, qualifier)
            : new Amount(min, max, Unit.Money, currency ?? defaultCurrency, scale ?? Scale.One, qualifier);
        return new ScannedFigure(amount, head.Index, tail.Index + tail.Length - head.Index, inferred);
    }

    // "80 Milliarden für KI" is an amount; "2 Millionen Nutzer" counts people, which the scanner does not keep.
    private static bool EndsAmount(string sentence, int end)
    {
        var rest = sentence.AsSpan(end).TrimStart();
        if (rest.IsEmpty || !char.IsLetter(rest[0]))
        {
            return true;
        }

        var word = rest[..(rest.IndexOfAny(' ', ',', '.') is var i and >= 0 ? i : rest.Length)].ToString();
        return IngestWords.Default.AmountFollowers.Contains(TextFolding.Fold(word));
    }

    private static Qualifier QualifierAt(string sentence, int index)
    {
        var match = QualifierBefore.Match(sentence, 0, index);
        if (!match.Success)
        {
            return Qualifier.Exact;
        }

        if (match.Groups["more"].Success && IngestWords.Default.PrepositionalMoreThan.Contains(TextFolding.Fold(match.Groups["more"].Value))
            && !OpensBound(sentence, match.Index))
        {
            // "ein Deal im September 2025 über 300 Milliarden": "über" names the deal's amount, not a lower bound.
            return Qualifier.Exact;
        }

        return match.Groups["around"].Success ? Qualifier.Around
            : match.Groups["more"].Success ? Qualifier.MoreThan
            : match.Groups["almost"].Success ? Qualifier.Almost
            : Qualifier.UpTo;
    }

    // After a function word ("mit über 5 Mrd."), at the start of the sentence, or after an opening bracket, a dash, a
    // colon, semicolon or comma ("(über 5 Mrd.)", "Volumen: über 5 Mrd.") "über" is a lower bound; after a noun or a
    // year ("ein Deal über 5 Mrd.", "im September 2025 über", "„Stargate“ über") it names the amount.
    private static bool OpensBound(string sentence, int index)
    {
        var before = sentence.AsSpan(0, index).TrimEnd();
        if (before.IsEmpty || before[^1] is ':' or ';' or ','
            || char.GetUnicodeCategory(before[^1]) is UnicodeCategory.OpenPunctuation or UnicodeCategory.DashPunctuation)
        {
            return true;
        }

        var start = before.LastIndexOfAny(' ', '(', '„') + 1;
        var word = before[start..];
        return word.Length > 0 && char.IsLower(word[0]);
    }

    private static string? Currency(string text) => text.Length == 0 ? null : NumberWordReader.Default.CurrencyOf(TextFolding.Fold(text));

    private static Unit? UnitOf(string text)
    {
        var word = string.Join(' ', TextFolding.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var words = NumberWordReader.Default;
        return word switch
        {
            "" => null,
            "%" => Unit.Percent,
            _ when words.IsPercentWord(word) || words.IsPercentWord(word.Replace(" ", "", StringComparison.Ordinal)) => Unit.Percent,
            _ when Suffixes.Contains(word) => Unit.Times,
            _ when IngestWords.Default.TimesWords.Contains(word) => Unit.Times,
            _ => IngestWords.Default.CountedNouns.GetValueOrDefault(word, Unit.Organisations),
        };
    }

    // A German "Billion" is a million millions; an English "billion" (also in lower case in a German text) a thousand millions.
    private static Scale? ScaleOf(string text, Language language)
    {
        var word = TextFolding.Fold(text).TrimEnd('.');
        return word.Length == 0 ? null
            : ScaleLetters.Letters.TryGetValue(word, out var letter) ? letter
            : NumberWordReader.Default.ScaleOf(word, language, lowerCase: char.IsLower(text[0]));
    }

    private static decimal? Number(string text, Language language)
    {
        if (!char.IsDigit(text[0]))
        {
            return NumberPatterns.Value(text);
        }

        var thousands = NumberWordReader.Default.DecimalSeparator(language) == ',' ? '.' : ',';
        var buffer = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '.' or ',')
            {
                var groupOfThree = i + 4 == text.Length || (i + 4 < text.Length && text[i + 4] is '.' or ',');
                if (c == thousands && groupOfThree)
                {
                    continue;
                }

                buffer.Append('.');
            }
            else
            {
                buffer.Append(c);
            }
        }

        return decimal.TryParse(buffer.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
