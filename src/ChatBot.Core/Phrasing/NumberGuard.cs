using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Phrasing;

/// <summary>
/// Decides whether a model's reply may replace the template answer. Every number in it (digits or words, with
/// its scale, currency and percent sign) must be a figure, range bound, year or period number of the retrieved
/// facts, or stand in their statements; every cited key must be one of the facts; and the template's headline
/// figure must still be there. Provider-independent and allocation-light: it runs on every phrased answer.
/// </summary>
public static class NumberGuard
{
    // A memo of a pure function: a statement string of the loaded knowledge always states the same numbers, and it
    // is scanned in the one language it is written in. Weak keys let replaced knowledge snapshots go.
    // Per language, because the same statement scans differently ("billion" is 10^12 in German).
    private static readonly ConcurrentDictionary<Language, ConditionalWeakTable<string, StatedNumber[]>> StatementNumbers = new();

    public static GuardVerdict Check(string reply, PhrasingRequest request)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(request);
        var violations = new List<string>();
        var (keys, remainder) = Citations.Extract(reply);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (request.Find(key) is null)
            {
                violations.Add($"cites [{key}], which is not a retrieved fact");
            }
        }

        var unreadable = new List<string>();
        var stated = ReplyNumberScanner.Scan(remainder, request.Language, unreadable);
        violations.AddRange(unreadable.Select(text => $"\"{text}\" is not a number in the answer's language"));
        var allowed = Allowed(request);
        foreach (var number in stated)
        {
            if (!AnyMatch(number, allowed))
            {
                violations.Add($"\"{number.Text}\" is not a figure, year or period of the retrieved facts");
            }
        }

        if (request.Find(request.HeadlineKey) is { Amount: { } headline } fact && !Keeps(stated, headline))
        {
            violations.Add($"the headline figure {fact.Figure} is missing");
        }

        return new GuardVerdict(violations, keys);
    }

    private static bool AnyMatch(in StatedNumber number, List<StatedNumber> candidates)
    {
        foreach (ref readonly var candidate in CollectionsMarshal.AsSpan(candidates))
        {
            if (Matches(number, candidate))
            {
                return true;
            }
        }

        return false;
    }

    // Both bounds of a range must stay: "$65 billion" for "$60–65 billion" alters the figure.
    private static bool Keeps(List<StatedNumber> stated, Amount headline)
    {
        foreach (var bound in Bounds(headline))
        {
            var kept = false;
            foreach (ref readonly var number in CollectionsMarshal.AsSpan(stated))
            {
                kept |= Matches(number, bound);
            }

            if (!kept)
            {
                return false;
            }
        }

        return true;
    }

    // Whether a stated number is the allowed one: same value and scale; a written currency or percent sign must agree.
    private static bool Matches(in StatedNumber number, in StatedNumber allowed) =>
        number.Value == allowed.Value
        && number.Scale == allowed.Scale
        && (number.Currency is null || number.Currency == allowed.Currency)
        && (!number.Percent || allowed.Percent);

    private static List<StatedNumber> Allowed(PhrasingRequest request)
    {
        var allowed = new List<StatedNumber>(request.Facts.Count * 6);
        foreach (var fact in request.Facts)
        {
            if (fact.Amount is { } amount)
            {
                allowed.AddRange(Bounds(amount));
            }

            AddPeriod(allowed, fact.PeriodData);

            // The curated statement's own numbers ("nach der ersten Investition von 2019", "in den nächsten vier Jahren").
            allowed.AddRange(StatementNumbers.GetOrAdd(request.Language, static _ => []).GetValue(fact.Statement, statement => [.. ReplyNumberScanner.Scan(statement, request.Language)]));
        }

        return allowed;
    }

    private static IEnumerable<StatedNumber> Bounds(Amount amount)
    {
        var currency = amount.IsMoney ? amount.Currency : null;
        var percent = amount.Unit == Unit.Percent;
        yield return new StatedNumber(amount.Min, amount.Scale, currency, percent);
        if (amount.IsRange)
        {
            yield return new StatedNumber(amount.Max, amount.Scale, currency, percent);
        }
    }

    private static void AddPeriod(List<StatedNumber> allowed, Period period)
    {
        foreach (var value in (ReadOnlySpan<int?>)[period.Year, period.Part, period.FromYear, period.ToYear, period.Years, period.Date?.Day, period.Date?.Year])
        {
            if (value is { } number)
            {
                allowed.Add(new StatedNumber(number, Scale.One, null, false));
            }
        }
    }
}
