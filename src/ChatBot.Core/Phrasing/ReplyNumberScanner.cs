using ChatBot.Core.Knowledge;
using ChatBot.Core.Languages.Numbers;

namespace ChatBot.Core.Phrasing;

/// <summary>
/// Finds every number a text states, in digits ("80 Mrd.", "$80bn", "1,000", "80,5") or words ("achtzig",
/// "eine Milliarde", "two-thirds", "die Hälfte"), with the scale, currency and percent sign around it. Digits
/// are read in the text's language only: "1.000" is a thousand in German and one in English.
/// </summary>
public static class ReplyNumberScanner
{
    private static NumberWordReader Words => NumberWordReader.Default;

    /// <summary>The numbers in <paramref name="text"/>; <paramref name="unreadable"/> collects digit runs that are no number.</summary>
    public static List<StatedNumber> Scan(string text, Language language, List<string>? unreadable = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = NumberFolding.Fold(text);
        var tokens = ReplyTokenizer.Tokenize(folded);
        var numbers = new List<(StatedNumber Number, int First, int Last)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Read(folded, tokens, i, language, unreadable) is { } read)
            {
                numbers.Add(read);
                i = read.Last;
            }
        }

        JoinRanges(folded, tokens, numbers);
        return [.. numbers.Select(n => n.Number)];
    }

    private static (StatedNumber Number, int First, int Last)? Read(string folded, List<ReplyToken> tokens, int i, Language language, List<string>? unreadable)
    {
        var token = tokens[i];
        var span = folded.AsSpan(token.Start, token.Length);
        decimal value;
        var last = i;
        var percent = false;
        if (token.Kind == ReplyTokenKind.Digits)
        {
            Span<char> buffer = span.Length <= 64 ? stackalloc char[span.Length] : new char[span.Length];
            if (!NumberDigits.TryRead(span, buffer, Words.DecimalSeparator(language), out value))
            {
                unreadable?.Add(span.ToString());
                return null;
            }

            // "FY25", "GJ25", "'25" are years written short.
            if (span.Length == 2 && i > 0 && tokens[i - 1].End == token.Start && Text(folded, tokens[i - 1]) is "fy" or "gj" or "'")
            {
                value += 2000;
            }
        }
        else if (token.Kind != ReplyTokenKind.Word || !Words.MayBeNumberWord(span))
        {
            return null;
        }
        else if (!TryWords(folded, tokens, i, language, out value, out last, out percent))
        {
            // A scale word with no number ("investiert Milliarden") claims an amount no fact states.
            return NumberUnits.ScaleOf(span, language, attached: false) is { } vague
                ? (new StatedNumber(-1, vague, null, false, folded.AsMemory(token.Start, token.Length)), i, i)
                : null;
        }

        // A count before a fraction is a share: "zwei Drittel", "two-thirds".
        var next = Skip(tokens, last + 1, ReplyTokenKind.Dash);
        if (!percent && !Words.TryOrdinal(span, out _) && next < tokens.Count && tokens[next].Kind == ReplyTokenKind.Word && Words.TryFraction(Text(folded, tokens[next]), out var share))
        {
            value *= share;
            percent = true;
            last = next;
        }

        var scale = Scale.One;
        next = Skip(tokens, last + 1, ReplyTokenKind.Dash);
        if (next < tokens.Count && tokens[next].Kind == ReplyTokenKind.Word
            && NumberUnits.ScaleOf(Text(folded, tokens[next]), language, attached: tokens[next].Start == tokens[last].End) is { } written)
        {
            scale = written;
            last = next;
            if (Words.IsAbbreviation(Text(folded, tokens[last])) && last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && folded[tokens[last + 1].Start] == '.')
            {
                last++;
            }
        }

        var currency = CurrencyBefore(folded, tokens, i);
        next = Skip(tokens, last + 1, ReplyTokenKind.Dash);
        if (next < tokens.Count && Text(folded, tokens[next]) is "us" && Skip(tokens, next + 1, ReplyTokenKind.Dash) is var dollar && dollar < tokens.Count
            && NumberUnits.CurrencyOf(Text(folded, tokens[dollar])) is "USD")
        {
            next = dollar;
        }

        if (next < tokens.Count && tokens[next].Kind is ReplyTokenKind.Word or ReplyTokenKind.Sign)
        {
            var after = Text(folded, tokens[next]);
            // Signs are read before the number ("$80"); after it only currency words count ("80 Dollar").
            if (tokens[next].Kind == ReplyTokenKind.Word && NumberUnits.CurrencyOf(after) is { } named)
            {
                currency ??= named;
                last = next;
            }
            else if (NumberUnits.IsPercent(after))
            {
                percent = true;
                last = next;
            }
        }

        var slice = folded.AsMemory(tokens[i].Start, tokens[last].End - tokens[i].Start);
        return (new StatedNumber(value, scale, currency, percent, slice), i, last);
    }

    // Number words, possibly several ("one hundred", "eighty-five"); an article counts only before a scale or fraction.
    private static bool TryWords(string folded, List<ReplyToken> tokens, int i, Language language, out decimal value, out int last, out bool percent)
    {
        var word = Text(folded, tokens[i]);
        last = i;
        percent = false;
        if (Words.IsCountingArticle(word))
        {
            value = 1;
            var next = Skip(tokens, i + 1, ReplyTokenKind.Dash);
            if (next >= tokens.Count || tokens[next].Kind != ReplyTokenKind.Word)
            {
                return false;
            }

            var following = Text(folded, tokens[next]);
            if (Words.TryFraction(following, out var share) || Words.TryArticleFraction(following, out share))
            {
                value = share;
                percent = true;
                last = next;
                return true;
            }

            if (NumberUnits.ScaleOf(following, language, attached: false) is not null)
            {
                return true;
            }

            if (Words.IsMultiplier(following))
            {
                return TryWords(folded, tokens, next, language, out value, out last, out percent);
            }

            return false;
        }

        if (Words.TryFraction(word, out value))
        {
            // "first half of 2025", "die erste Hälfte": a share after an ordinal is a part of a period, not a share.
            percent = true;
            return !(i > 0 && Words.TryOrdinal(Text(folded, tokens[i - 1]), out _));
        }

        if (Words.TryOrdinal(word, out value))
        {
            return true;
        }

        if (!Words.TryCardinal(word, out value))
        {
            return false;
        }

        // English writes numbers as several words: "eighty-five", "one hundred twenty", "two thousand".
        decimal total = 0, current = value;
        var at = i;
        while (Skip(tokens, at + 1, ReplyTokenKind.Dash) is var next && next < tokens.Count && tokens[next].Kind == ReplyTokenKind.Word
            && Words.TryCardinal(Text(folded, tokens[next]), out var more)
            && (more is 100 or 1000 || (current % 10 == 0 && current >= 20 && more < 10) || current % 100 == 0))
        {
            if (more == 100)
            {
                current *= 100;
            }
            else if (more == 1000)
            {
                total += current * 1000;
                current = 0;
            }
            else
            {
                current += more;
            }

            at = next;
        }

        value = total + current;
        last = at;
        return true;
    }

    private static string? CurrencyBefore(string folded, List<ReplyToken> tokens, int i)
    {
        if (i == 0)
        {
            return null;
        }

        var before = tokens[i - 1];
        return before.Kind is ReplyTokenKind.Sign or ReplyTokenKind.Word && Text(folded, before) is var sign && sign is not "%"
            ? NumberUnits.CurrencyOf(sign)
            : null;
    }

    // "60 bis 65 Mrd. US-Dollar", "$60-65 billion", "between 60 and 65 billion": the bounds share scale, currency and sign.
    private static void JoinRanges(string folded, List<ReplyToken> tokens, List<(StatedNumber Number, int First, int Last)> numbers)
    {
        for (var n = numbers.Count - 2; n >= 0; n--)
        {
            var (low, lowFirst, lowLast) = numbers[n];
            var (high, highFirst, highLast) = numbers[n + 1];
            if (!IsRangeGap(folded, tokens, lowFirst, lowLast, highFirst))
            {
                continue;
            }

            numbers[n] = (low with
            {
                Scale = low.Scale == Scale.One ? high.Scale : low.Scale,
                Currency = low.Currency ?? high.Currency,
                Percent = low.Percent || high.Percent,
            }, lowFirst, lowLast);
            numbers[n + 1] = (high with { Currency = high.Currency ?? low.Currency }, highFirst, highLast);
        }
    }

    private static bool IsRangeGap(string folded, List<ReplyToken> tokens, int lowFirst, int lowLast, int highFirst)
    {
        var words = 0;
        for (var t = lowLast + 1; t < highFirst; t++)
        {
            if (tokens[t].Kind == ReplyTokenKind.Dash)
            {
                continue;
            }

            var word = Text(folded, tokens[t]);
            if (tokens[t].Kind != ReplyTokenKind.Word || !NumberUnits.IsRangeWord(word) || ++words > 1)
            {
                return false;
            }

            // "und"/"and" join bounds only after "zwischen"/"between"; elsewhere they join two figures.
            if (Words.IsRangeJoiner(word) && (lowFirst == 0 || !Words.IsRangeOpener(Text(folded, tokens[lowFirst - 1]))))
            {
                return false;
            }
        }

        return true;
    }

    private static int Skip(List<ReplyToken> tokens, int index, ReplyTokenKind kind)
    {
        while (index < tokens.Count && tokens[index].Kind == kind)
        {
            index++;
        }

        return index;
    }

    private static ReadOnlySpan<char> Text(string folded, ReplyToken token) => folded.AsSpan(token.Start, token.Length);
}
