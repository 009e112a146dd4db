using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Answers;

/// <summary>
/// A value known only within bounds, as sources state figures: an exact value, a range, "more than" (no upper
/// bound), "up to" (no lower bound), "around" (approximate) or "possibly" (uncertain). Arithmetic on bounds keeps
/// every qualifier honest: "more than 100" − 75 is "more than 25", a range minus a number is a range.
/// </summary>
/// <param name="Low">The lower bound; null when the source states none ("up to").</param>
/// <param name="High">The upper bound; null when the source states none ("more than").</param>
/// <param name="LowExclusive">Whether the value lies strictly above <paramref name="Low"/>.</param>
/// <param name="HighExclusive">Whether the value lies strictly below <paramref name="High"/>.</param>
/// <param name="Approximate">Whether a bound comes from an approximate figure ("around", "almost").</param>
/// <param name="Uncertain">Whether a figure behind the value may not happen at all ("possibly").</param>
public readonly record struct Bounds(
    decimal? Low,
    decimal? High,
    bool LowExclusive = false,
    bool HighExclusive = false,
    bool Approximate = false,
    bool Uncertain = false)
{
    public static Bounds Exactly(decimal value) => new(value, value);

    /// <summary>The bounds of a stated amount, in units of one (dollars, not billions).</summary>
    public static Bounds Of(Amount amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        var low = amount.MinInUnits;
        var high = amount.MaxInUnits;
        return amount.Qualifier switch
        {
            Qualifier.MoreThan => new(low, null, LowExclusive: true),
            Qualifier.UpTo => new(null, high),
            Qualifier.Around => new(low, high, Approximate: true),
            // "Almost 14" lies below 14 by an unstated margin: approximate, and never reaching 14.
            Qualifier.Almost => new(low, high, HighExclusive: true, Approximate: true),
            Qualifier.Possibly => new(low, high, Uncertain: true),
            _ => new(low, high),
        };
    }

    public bool IsSingleValue => Low is not null && Low == High;

    /// <summary>Whether the bounds certainly lie above zero, so the value can divide another.</summary>
    public bool IsPositive => Low is { } low && (low > 0 || (low == 0 && LowExclusive));

    public static Bounds operator +(Bounds a, Bounds b) => new(
        a.Low + b.Low,
        a.High + b.High,
        a.LowExclusive || b.LowExclusive,
        a.HighExclusive || b.HighExclusive,
        a.Approximate || b.Approximate,
        a.Uncertain || b.Uncertain);

    public static Bounds operator -(Bounds a) => new(-a.High, -a.Low, a.HighExclusive, a.LowExclusive, a.Approximate, a.Uncertain);

    public static Bounds operator -(Bounds a, Bounds b) => a + -b;

    /// <summary>Scales by a positive constant (a share in percent, an average over a number of years).</summary>
    public Bounds Times(decimal factor)
    {
        if (factor <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "Bounds scale by positive factors only.");
        }

        return this with { Low = Low * factor, High = High * factor };
    }

    /// <summary>
    /// This non-negative value divided by a positive one; null when the divisor may be zero or the dividend may
    /// be negative. The smallest quotient is the smallest dividend over the largest divisor.
    /// </summary>
    public Bounds? DividedBy(Bounds divisor)
    {
        if (!divisor.IsPositive || Low is < 0)
        {
            return null;
        }

        var low = Low is not { } l ? (decimal?)null : divisor.High is { } dh ? l / dh : 0m;
        var lowExclusive = Low is not null && (LowExclusive || divisor.HighExclusive || divisor.High is null);
        var high = High is { } h ? h / divisor.Low!.Value : (decimal?)null;
        return new(
            low,
            high,
            lowExclusive,
            High is not null && (HighExclusive || divisor.LowExclusive),
            Approximate || divisor.Approximate,
            Uncertain || divisor.Uncertain);
    }

    /// <summary>
    /// Rounds to <paramref name="decimals"/> places without claiming more than is known: a single value to the
    /// nearest, a range outwards (low down, high up), so the rounded bounds still contain every possible value.
    /// </summary>
    public Bounds Rounded(int decimals)
    {
        if (IsSingleValue)
        {
            var value = Math.Round(Low!.Value, decimals, MidpointRounding.AwayFromZero);
            return this with { Low = value, High = value };
        }

        return this with { Low = Floor(Low, decimals), High = Ceiling(High, decimals) };
    }

    /// <summary>The qualifier a figure with these bounds is stated with.</summary>
    public Qualifier Qualifier => Uncertain ? Qualifier.Possibly
        : Low is null && High is null ? Qualifier.Around
        : High is null ? Qualifier.MoreThan
        : Low is null ? Qualifier.UpTo
        : Approximate ? Qualifier.Around
        : Qualifier.Exact;

    private static decimal? Floor(decimal? value, int decimals) => value is { } v ? Math.Floor(v * Pow10(decimals)) / Pow10(decimals) : null;

    private static decimal? Ceiling(decimal? value, int decimals) => value is { } v ? Math.Ceiling(v * Pow10(decimals)) / Pow10(decimals) : null;

    private static decimal Pow10(int decimals) => decimals switch { 0 => 1m, 1 => 10m, 2 => 100m, _ => 1000m };
}
